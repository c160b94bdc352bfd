import { eq } from 'drizzle-orm';
import { type OrganisationExporter, plain } from '../../lib/organisation-export.ts';
import { intervisionParticipants, intervisionSessions } from './table.ts';

/** Intervisie's share of the organisation's export: the sessions with what the groups kept, and who took part. */
export const intervisionExporter: OrganisationExporter = async (tx, orgId) => {
  const without = <T extends { orgId: unknown }>(rows: T[]) =>
    rows.map(({ orgId: _orgId, ...rest }) => rest as Record<string, unknown>);
  return [
    {
      name: 'intervisionSessions',
      rows: plain(
        without(await tx.select().from(intervisionSessions).where(eq(intervisionSessions.orgId, orgId))),
      ),
    },
    {
      name: 'intervisionParticipants',
      rows: plain(
        without(
          await tx.select().from(intervisionParticipants).where(eq(intervisionParticipants.orgId, orgId)),
        ),
      ),
    },
  ];
};
