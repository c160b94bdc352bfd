import { notFound } from '../http-error.ts';
import type { MessageKey } from '../i18n/messages.ts';

/** The one row an INSERT … RETURNING gave back; no row means the write failed, which is a bug. */
export function insertedRow<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('the insert returned no row');
  return row;
}

/** The one row a lookup found; none is "not found" (404), as is a row of another organisation. */
export function foundRow<T>(rows: T[], messageKey?: MessageKey): T {
  const [row] = rows;
  if (row === undefined) throw notFound(messageKey);
  return row;
}
