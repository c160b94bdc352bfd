import { membershipInputSchema, orgRoleSchema } from '@derde-bron/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { orgParams } from '../../http/params.ts';
import { recordAudit } from '../audit/index.ts';
import {
  assertNotLastAdmin,
  deleteMembership,
  findMember,
  listMembers,
  updateMembership,
} from './repository.ts';
import { errors, memberParams, memberSchema, tags } from './schemas.ts';
import { assertOwnTeam } from './teams.ts';

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
      return { members: await withTenant(db, orgId, (tx) => listMembers(tx, orgId)) };
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
        await updateMembership(tx, orgId, membershipId, { role, teamId });
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
        await deleteMembership(tx, orgId, membershipId);
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
};

export default memberRoutes;
