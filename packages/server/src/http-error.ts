import type { MessageKey } from './i18n/messages.ts';

/** The few codes a client may branch on. */
export type ErrorCode =
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
  ) {
    super(messageKey);
  }
}

export const notFound = (messageKey: MessageKey = 'notFound') => new HttpError(404, 'NOT_FOUND', messageKey);
