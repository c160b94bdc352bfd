import { nameSchema } from '@derde-bron/domain';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isUniqueViolation } from '../../db/errors.ts';
import { deleteRowOfOrg, foundRow } from '../../db/rows.ts';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { conflict } from '../../http-error.ts';
import { tags } from './schemas.ts';
import { memberships, teams } from './table.ts';

const teamSchema = z.object({ id: z.uuid(), name: z.string() });
const teamParams = orgParams.extend({ teamId: z.uuid() });

const rethrowDuplicate = (error: unknown): never => {
  if (isUniqueViolation(error)) throw conflict('teamExists');
  throw error;
};

/** Teams are used for measurement breakdowns and the registry. */
export default orgRoutesPlugin({ tags }, (route) => {
  route.post('/api/organisations/:orgId/teams', {
    permission: 'teams.manage',
    summary: 'Add a team',
    body: z.object({ name: nameSchema }),
    response: teamSchema,
    status: 201,
    handler: async ({ audit, tx, orgId, body }) => {
      const [created] = await tx
        .insert(teams)
        .values({ orgId, name: body.name })
        .returning({ id: teams.id, name: teams.name })
        .catch(rethrowDuplicate);
      if (!created) throw new Error('team not stored');
      await audit({ action: 'team.created', targetType: 'team', targetId: created.id });
      return created;
    },
  });

  route.patch('/api/organisations/:orgId/teams/:teamId', {
    permission: 'teams.manage',
    summary: 'Rename a team',
    params: teamParams,
    body: z.object({ name: nameSchema }),
    response: teamSchema,
    handler: async ({ audit, tx, orgId, params: { teamId }, body }) => {
      const team = foundRow(
        await tx
          .update(teams)
          .set({ name: body.name })
          .where(and(eq(teams.orgId, orgId), eq(teams.id, teamId)))
          .returning({ id: teams.id, name: teams.name })
          .catch(rethrowDuplicate),
      );
      await audit({ action: 'team.renamed', targetType: 'team', targetId: teamId });
      return team;
    },
  });

  route.delete('/api/organisations/:orgId/teams/:teamId', {
    permission: 'teams.manage',
    summary: 'Remove a team that no team manager depends on',
    params: teamParams,
    handler: async ({ audit, tx, orgId, params: { teamId } }) => {
      const [manager] = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.orgId, orgId), eq(memberships.teamId, teamId)))
        .limit(1);
      if (manager) throw conflict('teamInUse');
      await deleteRowOfOrg(tx, teams, orgId, teamId);
      await audit({ action: 'team.deleted', targetType: 'team', targetId: teamId });
    },
  });
});
