import { passwordInputSchema, totpCodeSchema } from '@derde-bron/domain';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalidInput, TooManyAttempts, unauthenticated } from '../../http-error.ts';
import { authErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findUserById, hashNewPassword, replaceRecoveryCodes } from './accounts.ts';
import { verifyPassword } from './passwords.ts';
import { startSession } from './routes.ts';
import { sessionStateSchema } from './session-state.ts';
import type { Auth } from './sessions.ts';
import { sessions, users } from './table.ts';
import { throttleKey } from './throttle.ts';
import { verifyTotp } from './totp.ts';

const tags = ['auth'];
const limit = { rateLimit: { max: 10, timeWindow: '1 minute' } };

/**
 * What a signed-in person does to their own account: a new password, new recovery codes. Both ask
 * for the second factor again when the account has one (a session left open on a shared computer
 * must not be enough), are throttled as signing in is, and are written to the audit log.
 */
const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  /** The code from the authenticator app, checked and counted as at sign-in; null when no 2FA. */
  async function confirmSecondFactor(auth: Auth, code: string | undefined) {
    const user = await findUserById(db, auth.user.id);
    if (!user?.totpSecret || !user.totpEnabledAt) return user;
    if (!code) throw invalidInput('twoFactorCodeNeeded');
    const keys = [throttleKey('second-factor', user.id)];
    const { wait, blocking } = await app.throttle.attempt(keys);
    if (wait > 0) throw new TooManyAttempts(wait);
    const step = await verifyTotp(app.secretBox.open(user.totpSecret), code, user.totpLastStep);
    if (step === null) {
      const entry = { orgId: auth.membership?.orgId ?? null, actorUserId: user.id };
      await recordAudit(db, { ...entry, action: 'auth.secondFactorFailed' });
      if (blocking) await recordAudit(db, { ...entry, action: 'auth.lockedOut' });
      throw unauthenticated('invalidTotp');
    }
    await app.throttle.clear(keys);
    await db.update(users).set({ totpLastStep: step }).where(eq(users.id, user.id));
    return user;
  }

  app.post(
    '/api/auth/password',
    {
      config: { ...limit, access: 'signedIn' },
      schema: {
        summary: 'Change your own password: the current one, and the code when two-step verification is on',
        description: 'Ends every other session of the account; this one gets a new id.',
        tags,
        body: z.object({
          currentPassword: passwordInputSchema,
          newPassword: passwordInputSchema,
          code: totpCodeSchema.optional(),
        }),
        response: { 200: sessionStateSchema, ...authErrorResponses },
      },
    },
    async (request, reply) => {
      const auth = request.signedIn;
      const { currentPassword, newPassword, code } = request.body;
      const keys = [throttleKey('pair', `password-change\n${auth.user.id}`)];
      const { wait } = await app.throttle.attempt(keys);
      if (wait > 0) throw new TooManyAttempts(wait);
      const user = await findUserById(db, auth.user.id);
      if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
        await recordAudit(db, {
          orgId: auth.membership?.orgId ?? null,
          actorUserId: auth.user.id,
          action: 'auth.passwordFailed',
        });
        throw unauthenticated('invalidCurrentPassword');
      }
      await app.throttle.clear(keys);
      await confirmSecondFactor(auth, code);
      const passwordHash = await hashNewPassword(newPassword, user.email);
      await db.transaction(async (tx) => {
        await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
        // Every other device signs in again with the new password.
        await tx.delete(sessions).where(eq(sessions.userId, user.id));
        await recordAudit(tx, {
          orgId: auth.membership?.orgId ?? null,
          actorUserId: user.id,
          action: 'auth.passwordChanged',
        });
      });
      request.auth = null;
      return startSession(request, reply, user.id, true);
    },
  );

  app.post(
    '/api/auth/two-factor/recovery-codes',
    {
      config: { ...limit, access: 'signedIn' },
      schema: {
        summary: 'Make ten new recovery codes (the old ones stop working), with a code from the app',
        tags,
        body: z.object({ code: totpCodeSchema }),
        response: { 200: z.object({ recoveryCodes: z.array(z.string()) }), ...authErrorResponses },
      },
    },
    async (request) => {
      const auth = request.signedIn;
      if (!auth.user.hasTwoFactor) throw invalidInput('twoFactorNotStarted');
      await confirmSecondFactor(auth, request.body.code);
      const recoveryCodes = await db.transaction(async (tx) => {
        await recordAudit(tx, {
          orgId: auth.membership?.orgId ?? null,
          actorUserId: auth.user.id,
          action: 'auth.recoveryCodesRenewed',
        });
        return replaceRecoveryCodes(tx, auth.user.id);
      });
      return { recoveryCodes };
    },
  );
};

export default accountRoutes;
