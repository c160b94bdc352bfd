import { recoveryCodeSchema, totpCodeSchema } from '@derde-bron/domain';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { conflict, invalidInput, TooManyAttempts, unauthenticated } from '../../http-error.ts';
import { authErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findUserById, replaceRecoveryCodes, useRecoveryCode } from './accounts.ts';
import { startSession } from './routes.ts';
import { sessionStateSchema } from './session-state.ts';
import type { Auth } from './sessions.ts';
import { users } from './table.ts';
import { throttleKey } from './throttle.ts';
import { createTotpSecret, describeTotpSecret, verifyTotp } from './totp.ts';

const tags = ['auth'];
const errors = authErrorResponses;

const twoFactorRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  /**
   * Second-factor attempts are throttled per account, checked and counted in one step so that
   * parallel guesses take turns: six digits must not be guessable. Failures and lock-outs are
   * audit events.
   */
  async function throttled<T>(
    auth: Auth,
    attempt: () => Promise<T | null>,
    messageKey: 'invalidTotp' | 'invalidRecoveryCode',
  ) {
    const keys = [throttleKey('second-factor', auth.user.id)];
    const { wait, blocking } = await app.throttle.attempt(keys);
    if (wait > 0) throw new TooManyAttempts(wait);
    const result = await attempt();
    if (result === null) {
      const entry = { orgId: auth.membership?.orgId ?? null, actorUserId: auth.user.id };
      await recordAudit(db, { ...entry, action: 'auth.secondFactorFailed' });
      if (blocking) await recordAudit(db, { ...entry, action: 'auth.lockedOut' });
      throw unauthenticated(messageKey);
    }
    await app.throttle.clear(keys);
    return result;
  }

  /** The second-factor routes are also limited per client, as sign-in is. */
  const secondFactorRateLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };

  app.post(
    '/api/auth/two-factor/verify',
    {
      config: { ...secondFactorRateLimit, access: 'session' },
      schema: {
        summary: 'Finish signing in with a code from the authenticator app',
        tags,
        body: z.object({ code: totpCodeSchema }),
        response: { 200: sessionStateSchema, ...errors },
      },
    },
    async (request, reply) => {
      const auth = request.signedIn;
      const user = await findUserById(db, auth.user.id);
      if (!user?.totpSecret || !user.totpEnabledAt) throw invalidInput('twoFactorNotStarted');
      const secret = app.secretBox.open(user.totpSecret);
      const step = await throttled(
        auth,
        () => verifyTotp(secret, request.body.code, user.totpLastStep),
        'invalidTotp',
      );
      await db.update(users).set({ totpLastStep: step }).where(eq(users.id, user.id));
      return startSession(request, reply, user.id, true);
    },
  );

  app.post(
    '/api/auth/two-factor/recovery',
    {
      config: { ...secondFactorRateLimit, access: 'session' },
      schema: {
        summary: 'Finish signing in with a one-time recovery code instead of the app',
        tags,
        body: z.object({ code: recoveryCodeSchema }),
        response: { 200: sessionStateSchema, ...errors },
      },
    },
    async (request, reply) => {
      const auth = request.signedIn;
      await throttled(
        auth,
        async () => ((await useRecoveryCode(db, auth.user.id, request.body.code)) ? true : null),
        'invalidRecoveryCode',
      );
      await recordAudit(db, {
        orgId: auth.membership?.orgId ?? null,
        actorUserId: auth.user.id,
        action: 'auth.recoveryCodeUsed',
      });
      return startSession(request, reply, auth.user.id, true);
    },
  );

  app.post(
    '/api/auth/two-factor/setup',
    {
      config: { access: 'session' },
      schema: {
        summary: 'Start setting up two-step verification: a new secret for the authenticator app',
        tags,
        response: {
          200: z.object({ secret: z.string(), uri: z.string(), qrCode: z.string() }),
          ...errors,
        },
      },
    },
    async (request) => {
      const auth = request.signedIn;
      if (auth.user.hasTwoFactor) throw conflict('twoFactorAlreadyOn');
      const secret = createTotpSecret();
      await db
        .update(users)
        .set({ totpSecret: app.secretBox.seal(secret) })
        .where(eq(users.id, auth.user.id));
      return describeTotpSecret(secret, auth.user.email);
    },
  );

  app.post(
    '/api/auth/two-factor/enable',
    {
      config: { ...secondFactorRateLimit, access: 'session' },
      schema: {
        summary: 'Turn two-step verification on with a first code; answers the one-time recovery codes',
        tags,
        body: z.object({ code: totpCodeSchema }),
        response: {
          200: z.object({ recoveryCodes: z.array(z.string()), session: sessionStateSchema }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const auth = request.signedIn;
      if (auth.user.hasTwoFactor) throw conflict('twoFactorAlreadyOn');
      const user = await findUserById(db, auth.user.id);
      if (!user?.totpSecret) throw invalidInput('twoFactorNotStarted');
      const secret = app.secretBox.open(user.totpSecret);
      const step = await throttled(auth, () => verifyTotp(secret, request.body.code, null), 'invalidTotp');
      const recoveryCodes = await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ totpEnabledAt: new Date(), totpLastStep: step })
          .where(eq(users.id, user.id));
        await recordAudit(tx, {
          orgId: auth.membership?.orgId ?? null,
          actorUserId: user.id,
          action: 'auth.twoFactorEnabled',
        });
        return replaceRecoveryCodes(tx, user.id);
      });
      const session = await startSession(request, reply, user.id, true);
      return { recoveryCodes, session };
    },
  );
};

export default twoFactorRoutes;
