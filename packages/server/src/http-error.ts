import type { MessageKey } from './i18n/messages.ts';

/** The few codes a client may branch on. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

/** An expected failure; the error handler turns it into `{ code, message }` in the user's language. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    /** More for the client to act on, e.g. the current state after a conflict. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(messageKey);
  }
}

export const notFound = (messageKey: MessageKey = 'notFound') => new HttpError(404, 'NOT_FOUND', messageKey);
export const unauthenticated = (messageKey: MessageKey = 'unauthenticated') =>
  new HttpError(401, 'UNAUTHENTICATED', messageKey);
export const forbidden = (messageKey: MessageKey = 'forbidden') =>
  new HttpError(403, 'FORBIDDEN', messageKey);
export const conflict = (messageKey: MessageKey = 'conflict', extra?: Record<string, unknown>) =>
  new HttpError(409, 'CONFLICT', messageKey, extra);
export const invalidInput = (messageKey: MessageKey) => new HttpError(400, 'INVALID_INPUT', messageKey);

/** Too many attempts: says how long to wait (the route sets Retry-After). */
export class TooManyAttempts extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'RATE_LIMITED', 'rateLimited');
  }
}
