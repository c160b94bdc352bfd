import { perspectiveSchema } from '@derde-bron/domain';
import { and, count, eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createToken, hashToken } from '../../crypto/tokens.ts';
import { withTenant } from '../../db/tenant.ts';
import { mailTemplates } from '../../mail/templates.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { requireOrgPermission, securityFor } from '../auth/guards.ts';
import { orgParams } from '../organisations/routes.ts';
import { organisations } from '../organisations/table.ts';
import { waveLinks } from './table.ts';
import { getWave, getWaveForLinks } from './waves.ts';

const tags = ['measurement'];
const manage = securityFor.permission('measurement.manage');
const waveParams = orgParams.extend({ waveId: z.uuid() });
const maxAddresses = 500;

/**
 * E-mail invitations: a single-use link per address. The addresses are used to send the mails and
 * then forgotten; of each invitation only "used or not" is kept, and a response never points at one.
 */
const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    '/api/organisations/:orgId/waves/:waveId/invitations',
    {
      schema: {
        security: manage,
        summary: 'How many e-mail invitations were sent and used, per perspective and team',
        tags,
        params: waveParams,
        response: {
          200: z.object({
            groups: z.array(
              z.object({
                perspective: perspectiveSchema,
                teamId: z.uuid().nullable(),
                sent: z.int(),
                used: z.int(),
              }),
            ),
          }),
          ...scopedErrorResponses,
        },
      },
    },
    async (request) => {
      const { orgId, waveId } = request.params;
      requireOrgPermission(request, orgId, 'measurement.manage');
      return withTenant(db, orgId, async (tx) => {
        await getWave(tx, orgId, waveId);
        const groups = await tx
          .select({
            perspective: waveLinks.perspective,
            teamId: waveLinks.teamId,
            sent: count(),
            used: sql<number>`count(*) filter (where ${waveLinks.used})`.mapWith(Number),
          })
          .from(waveLinks)
          .where(and(eq(waveLinks.orgId, orgId), eq(waveLinks.waveId, waveId), eq(waveLinks.singleUse, true)))
          .groupBy(waveLinks.perspective, waveLinks.teamId);
        return { groups };
      });
    },
  );

  app.post(
    '/api/organisations/:orgId/waves/:waveId/invitations',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        security: manage,
        summary: 'Send each address its own single-use link; the addresses are not stored',
        description: `At most ${maxAddresses} addresses at a time. The links are stored (as hashes) before any mail leaves.`,
        tags,
        params: waveParams,
        body: z.object({
          perspective: perspectiveSchema,
          teamId: z.uuid().nullable().default(null),
          emails: z
            .array(z.email().max(254))
            .min(1)
            .max(maxAddresses)
            .refine((emails) => new Set(emails.map((e) => e.toLowerCase())).size === emails.length, {
              message: 'duplicate address',
            }),
        }),
        response: {
          202: z.object({ sent: z.int(), failed: z.int() }),
          ...scopedErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const { orgId, waveId } = request.params;
      const { user } = requireOrgPermission(request, orgId, 'measurement.manage');
      const { perspective, teamId, emails } = request.body;
      const tokens = emails.map(() => createToken());
      const { wave, organisationName } = await withTenant(db, orgId, async (tx) => {
        const wave = await getWaveForLinks(tx, orgId, waveId, { perspective, teamId });
        await tx.insert(waveLinks).values(
          tokens.map((token) => ({
            orgId,
            waveId,
            perspective,
            teamId,
            tokenHash: hashToken(token),
            singleUse: true,
          })),
        );
        const [organisation] = await tx
          .select({ name: organisations.name })
          .from(organisations)
          .where(eq(organisations.id, orgId));
        await recordAudit(tx, {
          orgId,
          actorUserId: user.id,
          action: 'measurement.invitationsSent',
          targetType: 'wave',
          targetId: waveId,
          details: { count: emails.length },
        });
        return { wave, organisationName: organisation?.name ?? '' };
      });
      // Only after the links are committed does any mail leave; a failed mail leaves an unused link.
      // Ten at a time: a mail server need not take hundreds of connections at once.
      const outcomes: PromiseSettledResult<void>[] = [];
      for (let start = 0; start < emails.length; start += 10) {
        const slice = emails.slice(start, start + 10);
        outcomes.push(
          ...(await Promise.allSettled(
            slice.map((to, i) =>
              app.mailer.send({
                to,
                ...mailTemplates.surveyInvitation({
                  organisation: organisationName,
                  wave: wave.title,
                  link: `${app.config.publicUrl}/vragenlijst#${tokens[start + i]}`,
                  closesOn: wave.closesOn,
                }),
              }),
            ),
          )),
        );
      }
      const failed = outcomes.filter((outcome) => outcome.status === 'rejected').length;
      if (failed > 0) request.log.warn({ failed }, 'some questionnaire invitations could not be sent');
      return reply.code(202).send({ sent: emails.length - failed, failed });
    },
  );
};

export default invitationRoutes;
