import { eq } from 'drizzle-orm';
import { type OrganisationExporter, plain } from '../../lib/organisation-export.ts';
import { monitorRounds, monitorScores, monitorTeamMembers } from './table.ts';

/** The monitor's share of the organisation's export: the team, the rounds and every score. */
export const monitorExporter: OrganisationExporter = async (tx, orgId) => {
  const without = <T extends { orgId: unknown }>(rows: T[]) =>
    rows.map(({ orgId: _orgId, ...rest }) => rest as Record<string, unknown>);
  return [
    {
      name: 'monitorTeam',
      rows: plain(
        without(await tx.select().from(monitorTeamMembers).where(eq(monitorTeamMembers.orgId, orgId))),
      ),
    },
    {
      name: 'monitorRounds',
      rows: plain(without(await tx.select().from(monitorRounds).where(eq(monitorRounds.orgId, orgId)))),
    },
    {
      name: 'monitorScores',
      rows: plain(without(await tx.select().from(monitorScores).where(eq(monitorScores.orgId, orgId)))),
    },
  ];
};
