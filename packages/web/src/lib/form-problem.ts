import { ApiError } from './api-client.ts';

/**
 * What went wrong with a form: one message for the whole form and, per field name, what is wrong
 * with that field. Made from the server's error (its `details[].field` such as `body.email` become
 * `email`) or from checks in the browser before sending.
 */
export type FormProblem = { message: string; fields: Record<string, string> };

export function toFormProblem(error: unknown, fallback: string): FormProblem {
  if (!(error instanceof ApiError)) return { message: fallback, fields: {} };
  const fields: Record<string, string> = {};
  for (const detail of error.details) {
    const name = detail.field.replace(/^(body|params|querystring)\.?/, '') || 'form';
    fields[name] ??= detail.message;
  }
  return { message: error.message, fields };
}

/** A problem found before sending, or null when every field is fine. */
export function checkFields(
  fields: Record<string, string | false | null | undefined>,
  message: string,
): FormProblem | null {
  const wrong = Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  return Object.keys(wrong).length > 0 ? { message, fields: wrong } : null;
}
