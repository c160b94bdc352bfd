import { emailSchema, membershipInputSchema, orgRoleSchema } from '@derde-bron/domain';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Tx, withTenant } from '../../db/tenant.ts';
import { conflict, notFound } from '../../http-error.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { users } from '../auth/table.ts';
import { createInvitation, queueInvitationMail } from './invitations.ts';
import { orgParams } from './routes.ts';
import { invitations, memberships, organisations } from './table.ts';
import { assertOwnTeam } from './teams.ts';

const tags = ['organisations'];
const errors = scopedErrorResponses;
const memberParams = orgParams.extend({ membershipId: z.uuid() });
const memberSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: orgRoleSchema,
  teamId: z.uuid().nullable(),
  hasTwoFactor: z.boolean(),
});
const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: orgRoleSchema,
  teamId: z.uuid().nullable(),
  expiresAt: z.date(),
});

/**
 * An organisation must keep at least one org_admin. The admins' rows are locked first, so that two
 * admins demoting each other at the same moment cannot both succeed.
 */
async function assertNotLastAdmin(tx: Tx, orgId: string, membershipId: string) {
  const admins = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'org_admin')))
    .for('update');
  if (admins.length === 1 && admins[0]?.id === membershipId) throw conflict('lastOrgAdmin');
}

async function findMember(tx: Tx, orgId: string, membershipId: string) {
  const [member] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.id, membershipId)));
  if (!member) throw notFound();
  return member;
}

const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    '/api/organisations/:orgId/members',
    {
      config: { access: { permission: 'members.read' } },
      schema: {
        summary: 'The members with their roles',
        tags,
        params: orgParams,
        response: { 200: z.object({ members: z.array(memberSchema) }), ...errors },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const rows = await withTenant(db, orgId, (tx) =>
        tx
          .select({
            id: memberships.id,
            userId: users.id,
            name: users.name,
            email: users.email,
            role: memberships.role,
            teamId: memberships.teamId,
            totpEnabledAt: users.totpEnabledAt,
          })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(eq(memberships.orgId, orgId))
          .orderBy(users.name),
      );
      return {
        members: rows.map(({ totpEnabledAt, ...member }) => ({
          ...member,
          hasTwoFactor: totpEnabledAt !== null,
        })),
      };
    },
  );

  app.patch(
    '/api/organisations/:orgId/members/:membershipId',
    {
      config: { access: { permission: 'members.manage' } },
      schema: {
        summary: 'Change a member’s role (and team)',
        tags,
        params: memberParams,
        body: membershipInputSchema,
        response: {
          200: z.object({ id: z.uuid(), role: orgRoleSchema, teamId: z.uuid().nullable() }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { orgId, membershipId } = request.params;
      const auth = request.member;
      const { role, teamId } = request.body;
      return withTenant(db, orgId, async (tx) => {
        const member = await findMember(tx, orgId, membershipId);
        if (member.role === 'org_admin' && role !== 'org_admin')
          await assertNotLastAdmin(tx, orgId, membershipId);
        await assertOwnTeam(tx, orgId, teamId);
        await tx
          .update(memberships)
          .set({ role, teamId })
          .where(and(eq(memberships.orgId, orgId), eq(memberships.id, membershipId)));
        // The new role takes effect at once: the member signs in again under it.
        await app.sessions.removeAllForUser(member.userId, tx);
        await recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'member.roleChanged',
          targetType: 'membership',
          targetId: membershipId,
          details: { from: member.role, to: role },
        });
        return { id: membershipId, role, teamId };
      });
    },
  );

  app.delete(
    '/api/organisations/:orgId/members/:membershipId',
    {
      config: { access: { permission: 'members.manage' } },
      schema: {
        summary: 'Remove a member from the organisation and end their sessions',
        tags,
        params: memberParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const { orgId, membershipId } = request.params;
      const auth = request.member;
      await withTenant(db, orgId, async (tx) => {
        const member = await findMember(tx, orgId, membershipId);
        if (member.role === 'org_admin') await assertNotLastAdmin(tx, orgId, membershipId);
        // Sessions first: row-level security lets the tenant end only its own members' sessions.
        await app.sessions.removeAllForUser(member.userId, tx);
        await tx
          .delete(memberships)
          .where(and(eq(memberships.orgId, orgId), eq(memberships.id, membershipId)));
        await recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'member.removed',
          targetType: 'membership',
          targetId: membershipId,
        });
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/organisations/:orgId/members/:membershipId/end-sessions',
    {
      config: { access: { permission: 'sessions.endForMember' } },
      schema: {
        summary: 'Sign a member out on every device',
        tags,
        params: memberParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const { orgId, membershipId } = request.params;
      const auth = request.member;
      await withTenant(db, orgId, async (tx) => {
        const member = await findMember(tx, orgId, membershipId);
        await app.sessions.removeAllForUser(member.userId, tx);
        await recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'member.sessionsEnded',
          targetType: 'membership',
          targetId: membershipId,
        });
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/organisations/:orgId/invitations',
    {
      config: { access: { permission: 'members.read' } },
      schema: {
        summary: 'Invitations that can still be accepted',
        tags,
        params: orgParams,
        response: { 200: z.object({ invitations: z.array(invitationSchema) }), ...errors },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const rows = await withTenant(db, orgId, (tx) =>
        tx
          .select({
            id: invitations.id,
            email: invitations.email,
            role: invitations.role,
            teamId: invitations.teamId,
            expiresAt: invitations.expiresAt,
          })
          .from(invitations)
          .where(and(eq(invitations.orgId, orgId), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
          .orderBy(desc(invitations.createdAt)),
      );
      return { invitations: rows.filter((row) => row.expiresAt > new Date()) };
    },
  );

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
        const [organisation] = await tx
          .select({ name: organisations.name })
          .from(organisations)
          .where(eq(organisations.id, orgId));
        const [row] = await tx.select().from(invitations).where(eq(invitations.id, invitation.id));
        if (!row || !organisation) throw new Error('invitation not stored');
        return { row, token: invitation.token, organisationName: organisation.name };
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

  app.delete(
    '/api/organisations/:orgId/invitations/:invitationId',
    {
      config: { access: { permission: 'members.manage' } },
      schema: {
        summary: 'Withdraw an invitation',
        tags,
        params: orgParams.extend({ invitationId: z.uuid() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const { orgId, invitationId } = request.params;
      const auth = request.member;
      await withTenant(db, orgId, async (tx) => {
        const revoked = await tx
          .update(invitations)
          .set({ revokedAt: new Date() })
          .where(
            and(
              eq(invitations.orgId, orgId),
              eq(invitations.id, invitationId),
              isNull(invitations.usedAt),
              isNull(invitations.revokedAt),
            ),
          )
          .returning({ id: invitations.id });
        if (revoked.length === 0) throw notFound();
        await recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'invitation.revoked',
          targetType: 'invitation',
          targetId: invitationId,
        });
      });
      return reply.code(204).send(null);
    },
  );
};

export default memberRoutes;
