import { ApiError } from './api-client.ts';

/**
 * Optimistic concurrency: a save carries the version it started from, and the server answers
 * 409 with `{ current }` when someone else saved first. True when the error is such a refusal.
 */
export const isConflict = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.status === 409;

/** What is saved now, from a 409 answer; null for any other error or an answer without it. */
export function conflictCurrent<T>(error: unknown): T | null {
  if (!isConflict(error)) return null;
  return (error.body as { current?: T } | null)?.current ?? null;
}
