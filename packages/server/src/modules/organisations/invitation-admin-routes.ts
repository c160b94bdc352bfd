import { emailSchema, membershipInputSchema } from '@derde-bron/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { orgRoutes } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { notFound } from '../../http-error.ts';
import { recordAudit } from '../audit/index.ts';
import { createInvitation, queueInvitationMail } from './invitations.ts';
import { getInvitation, listOpenInvitations, organisationName, revokeInvitation } from './repository.ts';
import { errors, invitationSchema, tags } from './schemas.ts';
import { assertOwnTeam } from './teams.ts';

/** An organisation's invitations, as its admins manage them (accepting one is invitation-routes.ts). */
const invitationAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const route = orgRoutes(app, { tags });

  route.get('/api/organisations/:orgId/invitations', {
    permission: 'members.read',
    summary: 'Invitations that can still be accepted',
    response: z.object({ invitations: z.array(invitationSchema) }),
    handler: async ({ tx, orgId }) => ({ invitations: await listOpenInvitations(tx, orgId) }),
  });

  app.post(
    '/api/organisations/:orgId/invitations',
    {
      config: { access: { permission: 'members.manage' }, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        summary: 'Invite someone by e-mail with a role',
        tags,
        params: orgParams,
        body: z.object({ email: emailSchema }).and(membershipInputSchema),
        response: { 201: invitationSchema.extend({ mail: z.literal('queued') }), ...errors },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const auth = request.member;
      const { email, role, teamId } = request.body;
      const created = await withTenant(db, orgId, async (tx) => {
        await assertOwnTeam(tx, orgId, teamId);
        const invitation = await createInvitation(tx, {
          orgId,
          email,
          role,
          teamId,
          invitedBy: auth.user.id,
        });
        await recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'invitation.created',
          targetType: 'invitation',
          targetId: invitation.id,
          details: { role },
        });
        const name = await organisationName(tx, orgId);
        const row = await getInvitation(tx, invitation.id);
        if (!row || name === undefined) throw new Error('invitation not stored');
        return { row, token: invitation.token, organisationName: name };
      });
      const mail = await queueInvitationMail(app, {
        to: email,
        organisation: created.organisationName,
        token: created.token,
        orgId,
        sentBy: auth.user.id,
      });
      const { row } = created;
      return reply.code(201).send({
        id: row.id,
        email: row.email,
        role: row.role,
        teamId: row.teamId,
        expiresAt: row.expiresAt,
        mail,
      });
    },
  );

  route.delete('/api/organisations/:orgId/invitations/:invitationId', {
    permission: 'members.manage',
    summary: 'Withdraw an invitation',
    params: orgParams.extend({ invitationId: z.uuid() }),
    handler: async ({ audit, tx, orgId, params: { invitationId } }) => {
      if (!(await revokeInvitation(tx, orgId, invitationId))) throw notFound();
      await audit({ action: 'invitation.revoked', targetType: 'invitation', targetId: invitationId });
    },
  });
};

export default invitationAdminRoutes;
