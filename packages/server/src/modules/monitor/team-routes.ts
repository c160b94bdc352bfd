import { monitorTeamMemberInputSchema } from '@derde-bron/domain';
import { z } from 'zod';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { conflict } from '../../http-error.ts';
import { assertOwnMembership, deleteTeamMember, insertTeamMember, listTeam } from './repository.ts';
import { teamMemberSchema } from './schemas.ts';

/** Naming the implementation team: members of the organisation, each with a role in the team. */
export default orgRoutesPlugin({ tags: ['monitor'] }, (route) => {
  route.post('/api/organisations/:orgId/monitor/team', {
    permission: 'monitor.edit',
    summary: 'Name a member of the organisation in the implementation team',
    body: monitorTeamMemberInputSchema,
    response: teamMemberSchema,
    status: 201,
    handler: async ({ audit, tx, orgId, body: { membershipId, teamRole } }) => {
      await assertOwnMembership(tx, orgId, membershipId);
      const row = await insertTeamMember(tx, { orgId, membershipId, teamRole });
      if (!row) throw conflict('monitorAlreadyInTeam');
      await audit({
        action: 'monitor.teamMemberAdded',
        targetType: 'membership',
        targetId: membershipId,
        details: { teamRole },
      });
      const named = (await listTeam(tx, orgId)).find((m) => m.id === row.id);
      if (!named) throw new Error('the team member just named is missing');
      return named;
    },
  });

  route.delete('/api/organisations/:orgId/monitor/team/:memberId', {
    permission: 'monitor.edit',
    summary: 'Take someone out of the implementation team',
    params: orgParams.extend({ memberId: z.uuid() }),
    handler: async ({ audit, tx, orgId, params: { memberId } }) => {
      await deleteTeamMember(tx, orgId, memberId);
      await audit({
        action: 'monitor.teamMemberRemoved',
        targetType: 'monitorTeamMember',
        targetId: memberId,
      });
    },
  });
});
