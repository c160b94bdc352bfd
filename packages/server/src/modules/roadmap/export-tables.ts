import { asc, eq } from 'drizzle-orm';
import { type OrganisationExporter, plain } from '../../lib/organisation-export.ts';
import {
  policyTopics,
  roadmapDecisions,
  roadmapEvidence,
  roadmapGoalReviews,
  roadmapGoals,
  roadmapItemHistory,
  roadmapItems,
  roadmaps,
} from './table.ts';

/** The roadmap's share of the organisation's export; evidence files only in the JSON export. */
export const roadmapExporter: OrganisationExporter = async (tx, orgId, { withFiles }) => {
  const without = <T extends { orgId: unknown }>(rows: T[]) =>
    rows.map(({ orgId: _orgId, ...rest }) => rest as Record<string, unknown>);
  const evidence = await tx.select().from(roadmapEvidence).where(eq(roadmapEvidence.orgId, orgId));
  return [
    {
      name: 'roadmap',
      rows: plain(without(await tx.select().from(roadmaps).where(eq(roadmaps.orgId, orgId)))),
    },
    {
      name: 'roadmapItems',
      rows: plain(without(await tx.select().from(roadmapItems).where(eq(roadmapItems.orgId, orgId)))),
    },
    {
      name: 'roadmapItemHistory',
      rows: plain(
        without(
          await tx
            .select()
            .from(roadmapItemHistory)
            .where(eq(roadmapItemHistory.orgId, orgId))
            .orderBy(asc(roadmapItemHistory.changedAt)),
        ),
      ),
    },
    {
      name: 'roadmapDecisions',
      rows: plain(without(await tx.select().from(roadmapDecisions).where(eq(roadmapDecisions.orgId, orgId)))),
    },
    {
      name: 'roadmapEvidence',
      // Files travel (as base64) only in the JSON export, the one meant for moving to another system.
      rows: plain(
        without(evidence).map(({ content, ...rest }) => ({
          ...rest,
          ...(withFiles && content
            ? { contentBase64: Buffer.from(content as Uint8Array).toString('base64') }
            : {}),
        })),
      ),
    },
    {
      name: 'roadmapGoals',
      rows: plain(without(await tx.select().from(roadmapGoals).where(eq(roadmapGoals.orgId, orgId)))),
    },
    {
      name: 'roadmapGoalReviews',
      rows: plain(
        without(await tx.select().from(roadmapGoalReviews).where(eq(roadmapGoalReviews.orgId, orgId))),
      ),
    },
    {
      name: 'policyTopics',
      rows: plain(without(await tx.select().from(policyTopics).where(eq(policyTopics.orgId, orgId)))),
    },
  ];
};
