import { emailSchema, linkTokenSchema, passwordInputSchema } from '@derde-bron/domain';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { memberships } from '../../db/schema.ts';
import { invalidInput, TooManyAttempts } from '../../http-error.ts';
import { errorForLog } from '../../lib/error-for-log.ts';
import { mailTemplates } from '../../mail/templates.ts';
import { errorResponseSchema } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { consumePasswordLink, createPasswordLink, findUserByEmail, hashNewPassword } from './accounts.ts';
import { users } from './table.ts';
import { throttleKey } from './throttle.ts';

const tags = ['auth'];
const resetLinkMinutes = 60;

/** The page that reads the token from the link's fragment (never sent to a server or a log). */
export const passwordLinkPath = '/wachtwoord-kiezen#';

const passwordRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.post(
    '/api/auth/password-reset',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        summary: 'Ask for a link to choose a new password',
        description: 'Always answers 202 in the same way, whether or not the address has an account.',
        tags,
        body: z.object({ email: emailSchema }),
        response: {
          202: z.object({ accepted: z.literal(true) }),
          400: errorResponseSchema,
          403: errorResponseSchema,
          429: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const { email } = request.body;
      // Every request counts, known address or not, so the back-off itself reveals nothing.
      const keys = [throttleKey('mail', `reset:${email}`), throttleKey('client', `reset:${request.ip}`)];
      const { wait } = await app.throttle.attempt(keys);
      if (wait > 0) throw new TooManyAttempts(wait);
      const user = await findUserByEmail(db, email);
      if (user) {
        const token = await createPasswordLink(db, user.id, resetLinkMinutes);
        const link = `${app.config.publicUrl}${passwordLinkPath}${token}`;
        // Not awaited: a known address must not answer slower than an unknown one.
        app.mailer
          .send(
            { to: user.email, ...mailTemplates.passwordReset({ link, minutes: resetLinkMinutes }) },
            { purpose: 'passwordReset', orgId: null, sentBy: null },
          )
          .catch((error: unknown) =>
            request.log.error({ error: errorForLog(error) }, 'password reset mail not queued'),
          );
      }
      return reply.code(202).send({ accepted: true });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        summary: 'Choose a new password with the link from the mail; ends every session of the account',
        tags,
        body: z.object({ token: linkTokenSchema, password: passwordInputSchema }),
        response: {
          200: z.object({ done: z.literal(true) }),
          400: errorResponseSchema,
          403: errorResponseSchema,
          429: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const { token, password } = request.body;
      await db.transaction(async (tx) => {
        const user = await consumePasswordLink(tx, token);
        if (!user) throw invalidInput('linkInvalid');
        const passwordHash = await hashNewPassword(password, user.email);
        await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
        const [membership] = await tx
          .select({ orgId: memberships.orgId })
          .from(memberships)
          .where(eq(memberships.userId, user.id));
        await recordAudit(tx, {
          orgId: membership?.orgId ?? null,
          actorUserId: user.id,
          action: 'auth.passwordReset',
        });
        await app.sessions.removeAllForUser(user.id, tx);
      });
      return { done: true as const };
    },
  );
};

export default passwordRoutes;
