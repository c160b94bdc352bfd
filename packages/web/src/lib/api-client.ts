import i18next from 'i18next';

/** One field the server found wrong, e.g. `{ field: 'body.email', message: '…' }`. */
export type ErrorDetail = { field: string; message: string };

/** The API's one error shape, see server plugins/errors.ts. `message` is in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** The whole error answer, for the few that carry more, such as the current state after a 409. */
    readonly body: unknown = null,
  ) {
    super(message);
  }
}

/**
 * The session's CSRF token, echoed in `X-CSRF-Token` on every state-changing request. It lives
 * only in memory: lib/session.ts sets it from every session answer, never from browser storage.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

async function request<T>(
  url: string,
  init: RequestInit,
  credentials: RequestCredentials = 'same-origin',
): Promise<T> {
  let res: Response;
  try {
    // The server answers (errors too) in the language the page shows, whatever the browser prefers.
    const headers = {
      ...(init.headers as Record<string, string>),
      'accept-language': i18next.language || 'nl',
    };
    res = await fetch(url, { ...init, headers, credentials });
  } catch {
    throw new ApiError(0, 'NETWORK', i18next.t('common.networkError'));
  }
  const text = await res.text().catch(() => '');
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (!res.ok) {
    const error = (body ?? {}) as { code?: string; message?: string; details?: ErrorDetail[] };
    throw new ApiError(
      res.status,
      error.code ?? 'INTERNAL',
      error.message ?? (res.statusText || i18next.t('common.networkError')),
      Array.isArray(error.details) ? error.details : [],
      body,
    );
  }
  return body as T;
}

/** GET a JSON resource; the server answers errors in the user's language already. */
export function getJson<T>(url: string): Promise<T> {
  return request<T>(url, { headers: { accept: 'application/json' } });
}

/**
 * POST, PUT, PATCH or DELETE with an optional JSON body, with the CSRF token of the current session.
 * Answers without a body (204) resolve to null.
 */
export function sendJson<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return request<T>(url, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/**
 * POST a form with files (multipart/form-data) with the CSRF token. The browser sets the content
 * type itself, with the boundary between the parts: never set it here.
 */
export function sendForm<T>(url: string, form: FormData): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  return request<T>(url, { method: 'POST', headers, body: form });
}

/**
 * POST a JSON body without cookies and without the CSRF token: for the respondent's requests
 * (`/api/respond/*`). A member signed in on the same device must not send her session along with
 * an anonymous answer, so the server could never tie the two together even if it tried.
 */
export function postAnonymously<T>(url: string, body: unknown): Promise<T> {
  return request<T>(
    url,
    {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
    'omit',
  );
}
