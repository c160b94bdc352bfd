import { emailSchema, passwordInputSchema, requiresTwoFactor } from '@derde-bron/domain';
import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { memberships } from '../../db/schema.ts';
import { TooManyAttempts, unauthenticated } from '../../http-error.ts';
import { authErrorResponses, errorResponseSchema } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findUserByEmail } from './accounts.ts';
import { verifyPassword } from './passwords.ts';
import { describeSession, sessionStateSchema } from './session-state.ts';
import { accountClientKey, throttleKey } from './throttle.ts';

const tags = ['auth'];
const errors = authErrorResponses;

/**
 * Starts a new session for `userId`, ending the one the request came with: a session id never
 * survives a change in what it may do (sign-in, second factor). Returns the new session state.
 */
export async function startSession(
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  isFullySignedIn: boolean,
) {
  const { sessions } = request.server;
  if (request.auth) await sessions.remove(request.auth.session.idHash);
  const { token, expiresAt } = await sessions.create(userId, isFullySignedIn);
  request.server.setSessionCookie(reply, token, expiresAt);
  const auth = await sessions.resolve(token);
  if (isFullySignedIn && auth) {
    await recordAudit(request.server.database.db, {
      orgId: auth.membership?.orgId ?? null,
      actorUserId: userId,
      action: 'auth.signedIn',
    });
  }
  return describeSession(auth);
}

const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    '/api/auth/session',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Who is signed in, and what is still needed to finish signing in',
        tags,
        response: { 200: sessionStateSchema },
      },
    },
    async (request) => describeSession(request.auth),
  );

  app.post(
    '/api/auth/sign-in',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary: 'Sign in with e-mail and password',
        description:
          'Unknown addresses and wrong passwords get the same answer in about the same time. Repeated failures per address and per client make the caller wait longer each time (429 with Retry-After).',
        tags,
        body: z.object({ email: emailSchema, password: passwordInputSchema }),
        response: { 200: sessionStateSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      // Strict per account and client, loose per account alone (nobody elsewhere can lock a person
      // out), per client over all accounts (spraying). Checked and counted in one step (throttle.ts).
      const accountKeys = [accountClientKey(email, request.ip), throttleKey('email', email)];
      const clientKey = throttleKey('client', request.ip);
      const { wait, blocking } = await app.throttle.attempt([...accountKeys, clientKey]);
      const user = await findUserByEmail(db, email);
      const [membership] = user
        ? await db
            .select({ role: memberships.role, orgId: memberships.orgId })
            .from(memberships)
            .where(eq(memberships.userId, user.id))
        : [];
      // Security events name the account by id; an unknown address is not logged at all.
      const audit = (action: 'auth.passwordFailed' | 'auth.lockedOut') =>
        user
          ? recordAudit(db, { orgId: membership?.orgId ?? null, actorUserId: user.id, action })
          : Promise.resolve();
      if (wait > 0) throw new TooManyAttempts(wait);
      if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
        await audit('auth.passwordFailed');
        if (blocking) await audit('auth.lockedOut');
        throw unauthenticated('invalidCredentials');
      }
      await app.throttle.clear(accountKeys);
      await app.throttle.forgive([clientKey]);
      const needsSecondFactor =
        user.totpEnabledAt !== null ||
        requiresTwoFactor({ isNetworkAdmin: user.isNetworkAdmin, role: membership?.role ?? null });
      return startSession(request, reply, user.id, !needsSecondFactor);
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { access: 'public' },
      schema: {
        summary: 'End this session',
        tags,
        response: { 200: sessionStateSchema, 403: errorResponseSchema },
      },
    },
    async (request, reply) => {
      if (request.auth) {
        await app.sessions.remove(request.auth.session.idHash);
        await recordAudit(db, {
          orgId: request.auth.membership?.orgId ?? null,
          actorUserId: request.auth.user.id,
          action: 'auth.signedOut',
        });
      }
      app.clearSessionCookie(reply);
      return describeSession(null);
    },
  );

  app.post(
    '/api/auth/sign-out-everywhere',
    {
      config: { access: 'signedIn' },
      schema: {
        summary: 'End every session of the signed-in person, on every device',
        tags,
        response: { 200: sessionStateSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
    },
    async (request, reply) => {
      // Only a full sign-in (second factor done) may end the person's other sessions: a stolen
      // password alone must not be able to throw the real person out, again and again.
      const auth = request.signedIn;
      await app.sessions.removeAllForUser(auth.user.id);
      await recordAudit(db, {
        orgId: auth.membership?.orgId ?? null,
        actorUserId: auth.user.id,
        action: 'auth.signedOutEverywhere',
      });
      app.clearSessionCookie(reply);
      return describeSession(null);
    },
  );
};

export default authRoutes;
