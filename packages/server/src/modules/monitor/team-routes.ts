import { monitorTeamMemberInputSchema } from '@derde-bron/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { orgParams } from '../../http/params.ts';
import { conflict } from '../../http-error.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { assertOwnMembership, deleteTeamMember, insertTeamMember, listTeam } from './repository.ts';
import { teamMemberSchema } from './schemas.ts';

const tags = ['monitor'];

/** Naming the implementation team: members of the organisation, each with a role in the team. */
const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.post(
    '/api/organisations/:orgId/monitor/team',
    {
      config: { access: { permission: 'monitor.edit' } },
      schema: {
        summary: 'Name a member of the organisation in the implementation team',
        tags,
        params: orgParams,
        body: monitorTeamMemberInputSchema,
        response: { 201: teamMemberSchema, ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const { membershipId, teamRole } = request.body;
      const member = await withTenant(db, orgId, async (tx) => {
        await assertOwnMembership(tx, orgId, membershipId);
        const row = await insertTeamMember(tx, { orgId, membershipId, teamRole });
        if (!row) throw conflict('monitorAlreadyInTeam');
        await recordAudit(tx, {
          orgId,
          actorUserId: request.member.user.id,
          action: 'monitor.teamMemberAdded',
          targetType: 'membership',
          targetId: membershipId,
          details: { teamRole },
        });
        const named = (await listTeam(tx, orgId)).find((m) => m.id === row.id);
        if (!named) throw new Error('the team member just named is missing');
        return named;
      });
      return reply.code(201).send(member);
    },
  );

  app.delete(
    '/api/organisations/:orgId/monitor/team/:memberId',
    {
      config: { access: { permission: 'monitor.edit' } },
      schema: {
        summary: 'Take someone out of the implementation team',
        tags,
        params: orgParams.extend({ memberId: z.uuid() }),
        response: { 204: z.null(), ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, memberId } = request.params;
      await withTenant(db, orgId, async (tx) => {
        await deleteTeamMember(tx, orgId, memberId);
        await recordAudit(tx, {
          orgId,
          actorUserId: request.member.user.id,
          action: 'monitor.teamMemberRemoved',
          targetType: 'monitorTeamMember',
          targetId: memberId,
        });
      });
      return reply.code(204).send(null);
    },
  );
};
export default teamRoutes;
