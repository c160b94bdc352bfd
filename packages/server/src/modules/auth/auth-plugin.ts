import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { safeEqual } from '../../crypto/tokens.ts';
import { forbidden } from '../../http-error.ts';
import { createSessionCache } from './session-cache.ts';
import { type Auth, createSessionStore, type SessionStore } from './sessions.ts';

declare module 'fastify' {
  interface FastifyInstance {
    sessions: SessionStore;
    /** Sets the session cookie; the old session (if any) must already be gone: ids rotate. */
    setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date): void;
    clearSessionCookie(reply: FastifyReply): void;
  }
  interface FastifyRequest {
    auth: Auth | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Reads the session cookie on every request and guards every state-changing one against
 * cross-site requests: a signed-in request must echo the session's CSRF token in `X-CSRF-Token`;
 * any request that a browser marks as coming from another site is refused.
 */
async function authPlugin(
  app: FastifyInstance,
  opts: { secureCookies: boolean; publicUrl: string; session: { idleMinutes: number; maxHours: number } },
) {
  // `__Host-` binds the cookie to this host and path /, but browsers only accept it when Secure.
  const cookieName = opts.secureCookies ? '__Host-derde_bron_session' : 'derde_bron_session';
  const publicOrigin = new URL(opts.publicUrl).origin;
  // Embedded mode keeps resolved sessions in memory, dropped the moment the database says anything
  // they hold changed; on a server every request asks the database, so that every instance sees
  // a sign-out or a removed member at once.
  const { watchSessions } = app.database;
  const cache = watchSessions ? createSessionCache({ touchAfterMs: 60_000, maxEntries: 10_000 }) : undefined;
  if (watchSessions && cache) {
    const stop = await watchSessions(() => cache.clear());
    // A database closed before the app (a test that takes it away) has nothing left to stop.
    app.addHook('onClose', () => stop().catch(() => {}));
  }
  const sessions = createSessionStore(app.database.db, opts.session, cache);

  app.decorate('sessions', sessions);
  app.decorate('setSessionCookie', (reply: FastifyReply, token: string, expiresAt: Date) => {
    reply.setCookie(cookieName, token, {
      path: '/',
      httpOnly: true,
      secure: opts.secureCookies,
      sameSite: 'strict',
      expires: expiresAt,
    });
  });
  app.decorate('clearSessionCookie', (reply: FastifyReply) => {
    reply.clearCookie(cookieName, {
      path: '/',
      httpOnly: true,
      secure: opts.secureCookies,
      sameSite: 'strict',
    });
  });
  app.decorateRequest('auth', null);

  app.addHook('onRequest', async (request) => {
    // Only the API needs to know who asks; the web app's files and pages are the same for everyone,
    // so they cost no session lookup. The questionnaire never asks: a respondent who happens to be
    // signed in must leave no trace of her session (not even its last-used time) near her answers.
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/respond/')) return;
    const token = request.cookies[cookieName];
    if (token) request.auth = await sessions.resolve(token);
  });

  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (safeMethods.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') throw forbidden('csrfFailed');
    const origin = request.headers.origin;
    if (
      origin !== undefined &&
      origin !== publicOrigin &&
      origin !== `${request.protocol}://${request.host}`
    ) {
      throw forbidden('csrfFailed');
    }
    if (request.auth) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, request.auth.session.csrfToken))
        throw forbidden('csrfFailed');
    }
  });
}

export default fp(authPlugin, { name: 'auth', dependencies: ['@fastify/cookie'] });
