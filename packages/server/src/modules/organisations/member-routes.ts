import { membershipInputSchema, orgRoleSchema } from '@derde-bron/domain';
import { z } from 'zod';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import {
  assertNotLastAdmin,
  deleteMembership,
  findMember,
  listMembers,
  updateMembership,
} from './repository.ts';
import { memberParams, memberSchema, tags } from './schemas.ts';
import { assertOwnTeam } from './teams.ts';

export default orgRoutesPlugin({ tags }, (route, app) => {
  route.get('/api/organisations/:orgId/members', {
    permission: 'members.read',
    summary: 'The members with their roles',
    response: z.object({ members: z.array(memberSchema) }),
    handler: async ({ tx, orgId }) => ({ members: await listMembers(tx, orgId) }),
  });

  route.patch('/api/organisations/:orgId/members/:membershipId', {
    permission: 'members.manage',
    summary: 'Change a member’s role (and team)',
    params: memberParams,
    body: membershipInputSchema,
    response: z.object({ id: z.uuid(), role: orgRoleSchema, teamId: z.uuid().nullable() }),
    handler: async ({ audit, tx, orgId, params: { membershipId }, body: { role, teamId } }) => {
      const member = await findMember(tx, orgId, membershipId);
      if (member.role === 'org_admin' && role !== 'org_admin')
        await assertNotLastAdmin(tx, orgId, membershipId);
      await assertOwnTeam(tx, orgId, teamId);
      await updateMembership(tx, orgId, membershipId, { role, teamId });
      // The new role takes effect at once: the member signs in again under it.
      await app.sessions.removeAllForUser(member.userId, tx);
      await audit({
        action: 'member.roleChanged',
        targetType: 'membership',
        targetId: membershipId,
        details: { from: member.role, to: role },
      });
      return { id: membershipId, role, teamId };
    },
  });

  route.delete('/api/organisations/:orgId/members/:membershipId', {
    permission: 'members.manage',
    summary: 'Remove a member from the organisation and end their sessions',
    params: memberParams,
    handler: async ({ audit, tx, orgId, params: { membershipId } }) => {
      const member = await findMember(tx, orgId, membershipId);
      if (member.role === 'org_admin') await assertNotLastAdmin(tx, orgId, membershipId);
      // Sessions first: row-level security lets the tenant end only its own members' sessions.
      await app.sessions.removeAllForUser(member.userId, tx);
      await deleteMembership(tx, orgId, membershipId);
      await audit({ action: 'member.removed', targetType: 'membership', targetId: membershipId });
    },
  });

  route.post('/api/organisations/:orgId/members/:membershipId/end-sessions', {
    permission: 'sessions.endForMember',
    summary: 'Sign a member out on every device',
    params: memberParams,
    handler: async ({ audit, tx, orgId, params: { membershipId } }) => {
      const member = await findMember(tx, orgId, membershipId);
      await app.sessions.removeAllForUser(member.userId, tx);
      await audit({ action: 'member.sessionsEnded', targetType: 'membership', targetId: membershipId });
    },
  });
});
