import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';

export type TestSession = { cookie: string; csrfToken: string };

/** `app.inject` as the holder of a session, with the CSRF header a browser page would send. */
export function injectAs(app: FastifyInstance, session: TestSession, request: InjectOptions) {
  return app.inject({
    ...request,
    headers: { ...request.headers, cookie: session.cookie, 'x-csrf-token': session.csrfToken },
  });
}

/**
 * A client address of its own for a request. Back-off counts failures per client address in the
 * database, which tests on one PostgreSQL server share; without this, one test's failures would
 * make another wait.
 */
export function randomClientAddress(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${((c ?? 0) % 250) + 1}`;
}

/** `app.inject` from a client address of its own (see randomClientAddress). */
export function injectFromOwnAddress(app: FastifyInstance, request: InjectOptions) {
  return app.inject({ remoteAddress: randomClientAddress(), ...request });
}

/**
 * POST /api/auth/sign-in as a browser would, from an address of its own; with `session`, from a
 * page that already holds one (its cookie and CSRF header go along).
 */
export function signInRequest(app: FastifyInstance, email: string, password: string, session?: TestSession) {
  return injectFromOwnAddress(app, {
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
    headers: session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {},
  });
}

/** GET /api/auth/session with a session cookie, from an address of its own: who the cookie signs in. */
export function sessionRequest(app: FastifyInstance, cookie: string) {
  return injectFromOwnAddress(app, {
    method: 'GET',
    url: '/api/auth/session',
    headers: { cookie },
  });
}

/** A date `days` from today, as YYYY-MM-DD. */
export const daysFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** What a request may add: another organisation's id (to try it), cookies, headers. */
export type RequestExtras = {
  orgId?: string;
  cookies?: Record<string, string>;
  headers?: Record<string, string>;
};
type Send = (
  method: Method,
  path: string,
  payload?: object,
  extras?: RequestExtras,
) => ReturnType<typeof injectAs>;
export type OrgClient = ((session: TestSession, ...request: Parameters<Send>) => ReturnType<Send>) & {
  /** The same client fixed to one session: `const asCoordinator = client.as(coordinator)`. */
  as(session: TestSession): Send;
};

/**
 * One organisation's API as a test calls it: `client(session, method, path, payload?, extras?)`,
 * where `path` is what follows `/api/organisations/:orgId` (after `prefix`, when given) and the
 * session's cookie and CSRF header go along. Make it in `beforeAll`, once the app and the
 * organisation exist.
 */
export function orgClient(
  app: FastifyInstance,
  orgId: string,
  opts: { prefix?: string; headers?: Record<string, string> } = {},
): OrgClient {
  const send = (
    session: TestSession,
    method: Method,
    path: string,
    payload?: object,
    extras: RequestExtras = {},
  ) =>
    injectAs(app, session, {
      method,
      url: `/api/organisations/${extras.orgId ?? orgId}${opts.prefix ?? ''}${path}`,
      ...(opts.headers || extras.headers ? { headers: { ...opts.headers, ...extras.headers } } : {}),
      ...(extras.cookies ? { cookies: extras.cookies } : {}),
      ...(payload ? { payload } : {}),
    });
  return Object.assign(send, {
    as:
      (session: TestSession): Send =>
      (method, path, payload, extras) =>
        send(session, method, path, payload, extras),
  });
}

/** How the OpenAPI document describes one operation: who may call it and its answers' statuses, sorted. */
export function documentedOperation(
  app: FastifyInstance,
  path: string,
  method: 'get' | 'post' | 'put' | 'patch' | 'delete',
) {
  const operation = app.swagger().paths?.[path]?.[method];
  return { security: operation?.security, statuses: Object.keys(operation?.responses ?? {}).sort() };
}
