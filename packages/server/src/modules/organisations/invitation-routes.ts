import {
  linkTokenSchema,
  nameSchema,
  orgRoleSchema,
  passwordInputSchema,
  requiresTwoFactor,
} from '@derde-bron/domain';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { users } from '../../db/schema.ts';
import { conflict, HttpError, invalidInput, TooManyAttempts, unauthenticated } from '../../http-error.ts';
import { authErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import {
  findUserByEmail,
  hashNewPassword,
  sessionStateSchema,
  startSession,
  throttleKey,
  verifyPassword,
} from '../auth/index.ts';
import { findOpenInvitation } from './invitations.ts';
import { invitations, memberships } from './table.ts';

const tags = ['invitations'];
const errors = authErrorResponses;

/**
 * Opening an invitation link. The token travels in the body, never in a URL: the link carries it
 * in its fragment, which browsers do not send to servers.
 */
const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  /**
   * A wrong token counts against the client, so that tokens cannot be guessed in bulk. Each try is
   * checked and counted in one step (parallel guesses take turns); a try with a valid token is
   * taken back.
   */
  async function guard(ip: string) {
    const keys = [throttleKey('client', `invitation:${ip}`)];
    const { wait } = await app.throttle.attempt(keys);
    if (wait > 0) throw new TooManyAttempts(wait);
    return { valid: () => app.throttle.forgive(keys) };
  }

  app.post(
    '/api/invitations/lookup',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary:
          'What an invitation is for: organisation, role, address, and whether the address has an account',
        tags,
        body: z.object({ token: linkTokenSchema }),
        response: {
          200: z.object({
            organisationName: z.string(),
            email: z.string(),
            role: orgRoleSchema,
            hasAccount: z.boolean(),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const throttle = await guard(request.ip);
      const open = await findOpenInvitation(db, request.body.token);
      if (!open) throw invalidInput('linkInvalid');
      await throttle.valid();
      const { email, role } = open.invitation;
      return {
        organisationName: open.organisationName,
        email,
        role,
        hasAccount: (await findUserByEmail(db, email)) !== null,
      };
    },
  );

  app.post(
    '/api/invitations/accept',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        summary: 'Accept an invitation: makes the account (or uses the existing one) and signs in',
        description: 'An org_admin must then set up two-step verification before going further.',
        tags,
        body: z.object({
          token: linkTokenSchema,
          name: nameSchema.optional(),
          password: passwordInputSchema,
        }),
        response: { 200: sessionStateSchema, ...errors },
      },
    },
    async (request, reply) => {
      const throttle = await guard(request.ip);
      const { token, name, password } = request.body;
      const accepted = await db
        .transaction(async (tx) => {
          const open = await findOpenInvitation(tx, token, true);
          if (!open) throw invalidInput('linkInvalid');
          const { invitation } = open;
          let user = await findUserByEmail(tx, invitation.email);
          if (user) {
            const [existing] = await tx.select().from(memberships).where(eq(memberships.userId, user.id));
            if (existing) throw conflict('alreadyMember');
            if (!(await verifyPassword(user.passwordHash, password)))
              throw unauthenticated('invalidCredentials');
          } else {
            if (!name) throw invalidInput('invalidInput');
            const passwordHash = await hashNewPassword(password, invitation.email);
            const [created] = await tx
              .insert(users)
              .values({ email: invitation.email, name, passwordHash })
              .returning();
            if (!created) throw new Error('user not stored');
            user = created;
          }
          await tx.insert(memberships).values({
            orgId: invitation.orgId,
            userId: user.id,
            role: invitation.role,
            teamId: invitation.teamId,
          });
          await tx.update(invitations).set({ usedAt: new Date() }).where(eq(invitations.id, invitation.id));
          await recordAudit(tx, {
            orgId: invitation.orgId,
            actorUserId: user.id,
            action: 'invitation.accepted',
            targetType: 'invitation',
            targetId: invitation.id,
            details: { role: invitation.role },
          });
          return { userId: user.id, hasTwoFactor: user.totpEnabledAt !== null, role: invitation.role };
        })
        .catch(async (error: unknown) => {
          // Counted after the transaction: embedded PostgreSQL has one connection, and it is busy inside.
          if (!(error instanceof HttpError && error.messageKey === 'linkInvalid')) await throttle.valid();
          throw error;
        });
      await throttle.valid();
      const needsSecondFactor =
        accepted.hasTwoFactor || requiresTwoFactor({ isNetworkAdmin: false, role: accepted.role });
      return startSession(request, reply, accepted.userId, !needsSecondFactor);
    },
  );
};

export default invitationRoutes;
