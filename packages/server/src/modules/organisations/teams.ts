import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/tenant.ts';
import { invalidInput } from '../../http-error.ts';
import { teams } from './table.ts';

/** A team named in a request must be one of this organisation's teams (none is fine). */
export async function assertOwnTeam(tx: Tx, orgId: string, teamId: string | null) {
  if (teamId === null) return;
  const [team] = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, teamId)));
  if (!team) throw invalidInput('teamNotInOrganisation');
}
