import { and, count, eq, isNotNull, isNull, lt, not, or, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createToken, hashToken } from '../../crypto/tokens.ts';
import { organisations } from '../../db/schema.ts';
import { type Tx, withTenant } from '../../db/tenant.ts';
import { orgParams } from '../../http/params.ts';
import { invalidInput } from '../../http-error.ts';
import { mailTemplates } from '../../mail/templates.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getGroup } from './groups.ts';
import { waveLinks } from './table.ts';
import { getOpenWave } from './waves.ts';

const tags = ['measurement'];
const waveParams = orgParams.extend({ waveId: z.uuid() });
const maxAddresses = 500;
/** A reminder goes to an unused invitation at most once in this many days. */
const reminderIntervalDays = 3;

type SealedInvitation = { address: string; token: string };

/**
 * E-mail invitations: a single-use link per address, for a group, never more than the people the
 * group declared. Address and link are kept sealed with the secret key, only to send a reminder to
 * those who have not answered, until the wave is published; then the invitations go. Nobody can see
 * which addresses answered, were reminded, or which response an invitation brought.
 */
const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  /**
   * Queues the invitation or reminder mail for one address: it waits sealed in the outbox, which
   * sends and retries it (mail/outbox.ts); the answer can only say "queued".
   */
  const mail = (
    template: 'surveyInvitation' | 'surveyReminder',
    { address, token }: SealedInvitation,
    about: { orgId: string; sentBy: string; organisation: string; wave: { title: string; closesOn: string } },
  ) =>
    app.mailer.send(
      {
        to: address,
        ...mailTemplates[template]({
          organisation: about.organisation,
          wave: about.wave.title,
          link: `${app.config.publicUrl}/vragenlijst#${token}`,
          closesOn: about.wave.closesOn,
        }),
      },
      { purpose: template, orgId: about.orgId, sentBy: about.sentBy },
    );

  const organisationName = async (tx: Tx, orgId: string) => {
    const [organisation] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, orgId));
    return organisation?.name ?? '';
  };

  app.post(
    '/api/organisations/:orgId/waves/:waveId/invitations',
    {
      config: {
        access: { permission: 'measurement.manage' },
        rateLimit: { max: 20, timeWindow: '1 minute' },
      },
      schema: {
        summary: 'Send each address its own single-use link to a group',
        description: `At most ${maxAddresses} addresses at a time, and never more invitations to a group than the people it declared. The mails are queued only after the invitations are stored.`,
        tags,
        params: waveParams,
        body: z.strictObject({
          groupId: z.uuid(),
          emails: z
            .array(z.email().max(254))
            .min(1)
            .max(maxAddresses)
            .refine((emails) => new Set(emails.map((e) => e.toLowerCase())).size === emails.length, {
              message: 'duplicate address',
            }),
        }),
        response: { 202: z.object({ queued: z.int() }), ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, waveId } = request.params;
      const { user } = request.member;
      const { groupId, emails } = request.body;
      const invitations = emails.map((address) => ({ address, token: createToken() }));
      const { wave, name } = await withTenant(db, orgId, async (tx) => {
        const wave = await getOpenWave(tx, orgId, waveId);
        const group = await getGroup(tx, wave, groupId);
        const [sent] = await tx
          .select({ n: count() })
          .from(waveLinks)
          .where(
            and(eq(waveLinks.orgId, orgId), eq(waveLinks.groupId, groupId), eq(waveLinks.singleUse, true)),
          );
        if ((sent?.n ?? 0) + emails.length > group.headcount)
          throw invalidInput('invitationsExceedHeadcount');
        await tx.insert(waveLinks).values(
          invitations.map((invitation) => ({
            orgId,
            waveId,
            groupId,
            tokenHash: hashToken(invitation.token),
            singleUse: true,
            sealedInvitation: app.secretBox.seal(JSON.stringify(invitation satisfies SealedInvitation)),
          })),
        );
        await recordAudit(tx, {
          orgId,
          actorUserId: user.id,
          action: 'measurement.invitationsSent',
          targetType: 'wave',
          targetId: waveId,
          details: { count: emails.length, perspective: group.perspective },
        });
        return { wave, name: await organisationName(tx, orgId) };
      });
      for (const invitation of invitations)
        await mail('surveyInvitation', invitation, { orgId, sentBy: user.id, organisation: name, wave });
      return reply.code(202).send({ queued: invitations.length });
    },
  );

  app.post(
    '/api/organisations/:orgId/waves/:waveId/invitations/reminders',
    {
      config: {
        access: { permission: 'measurement.manage' },
        rateLimit: { max: 20, timeWindow: '1 minute' },
      },
      schema: {
        summary:
          'Remind every invitation not used yet; nobody sees which addresses are reminded, or how many',
        description: `Each unused invitation gets a reminder at most once every ${reminderIntervalDays} days. The answer does not say how many: that would tell how many answered.`,
        tags,
        params: waveParams,
        response: { 202: z.object({ reminded: z.literal(true) }), ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, waveId } = request.params;
      const { user } = request.member;
      const { wave, name, due } = await withTenant(db, orgId, async (tx) => {
        const wave = await getOpenWave(tx, orgId, waveId);
        const due = await tx
          .update(waveLinks)
          .set({ remindedOn: sql`current_date` })
          .where(
            and(
              eq(waveLinks.orgId, orgId),
              eq(waveLinks.waveId, waveId),
              eq(waveLinks.singleUse, true),
              not(waveLinks.used),
              isNotNull(waveLinks.sealedInvitation),
              or(
                isNull(waveLinks.remindedOn),
                lt(waveLinks.remindedOn, sql`current_date - ${reminderIntervalDays}::int`),
              ),
            ),
          )
          .returning({ sealed: waveLinks.sealedInvitation });
        await recordAudit(tx, {
          orgId,
          actorUserId: user.id,
          action: 'measurement.remindersSent',
          targetType: 'wave',
          targetId: waveId,
        });
        return { wave, name: await organisationName(tx, orgId), due };
      });
      for (const { sealed } of due)
        await mail('surveyReminder', JSON.parse(app.secretBox.open(sealed ?? '')) as SealedInvitation, {
          orgId,
          sentBy: user.id,
          organisation: name,
          wave,
        });
      return reply.code(202).send({ reminded: true });
    },
  );
};

export default invitationRoutes;
