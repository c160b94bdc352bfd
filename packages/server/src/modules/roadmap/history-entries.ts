import { desc, eq } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { listRecentChanges } from './repository.ts';
import { roadmapDecisions, roadmapEvidence, roadmapGoals } from './table.ts';

type Entry = Awaited<ReturnType<typeof listRecentChanges>>[number];

/**
 * The roadmap's whole history, newest first: the changes to items, and beside them every decision
 * recorded, every piece of evidence added, every goal set and every goal reviewed. Decisions and
 * evidence name their item; a goal names its step (its `itemKey` is the step's key). A goal does
 * not record who set it, so its entries name no one.
 */
export async function listRoadmapHistory(tx: Tx, orgId: string, limit: number): Promise<Entry[]> {
  const [items, decisions, evidence, goals] = [
    await listRecentChanges(tx, orgId, limit),
    await tx
      .select({
        id: roadmapDecisions.id,
        itemKey: roadmapDecisions.itemKey,
        name: users.name,
        at: roadmapDecisions.createdAt,
        decision: roadmapDecisions.decision,
      })
      .from(roadmapDecisions)
      .leftJoin(users, eq(users.id, roadmapDecisions.recordedBy))
      .where(eq(roadmapDecisions.orgId, orgId))
      .orderBy(desc(roadmapDecisions.createdAt))
      .limit(limit),
    await tx
      .select({
        id: roadmapEvidence.id,
        itemKey: roadmapEvidence.itemKey,
        name: users.name,
        at: roadmapEvidence.createdAt,
        title: roadmapEvidence.title,
      })
      .from(roadmapEvidence)
      .leftJoin(users, eq(users.id, roadmapEvidence.addedBy))
      .where(eq(roadmapEvidence.orgId, orgId))
      .orderBy(desc(roadmapEvidence.createdAt))
      .limit(limit),
    await tx
      .select({
        id: roadmapGoals.id,
        stepKey: roadmapGoals.stepKey,
        title: roadmapGoals.title,
        createdAt: roadmapGoals.createdAt,
        reviewedAt: roadmapGoals.reviewedAt,
      })
      .from(roadmapGoals)
      .where(eq(roadmapGoals.orgId, orgId))
      .orderBy(desc(roadmapGoals.createdAt))
      .limit(limit),
  ];
  const entries: Entry[] = [
    ...items,
    ...decisions.map((d) => ({
      id: d.id,
      itemKey: d.itemKey,
      changedByName: d.name ?? '',
      changedAt: d.at,
      changes: [{ field: 'decision', from: null, to: d.decision }],
    })),
    ...evidence.map((e) => ({
      id: e.id,
      itemKey: e.itemKey,
      changedByName: e.name ?? '',
      changedAt: e.at,
      changes: [{ field: 'evidence', from: null, to: e.title }],
    })),
    ...goals.flatMap((g) => [
      {
        id: g.id,
        itemKey: g.stepKey,
        changedByName: '',
        changedAt: g.createdAt,
        changes: [{ field: 'goal', from: null, to: g.title }],
      },
      ...(g.reviewedAt
        ? [
            {
              // Another entry of the same goal: its id is the goal's, with the last digit turned.
              id: `${g.id.slice(0, -1)}${g.id.endsWith('0') ? '1' : '0'}`,
              itemKey: g.stepKey,
              changedByName: '',
              changedAt: g.reviewedAt,
              changes: [{ field: 'goalReviewed', from: null, to: g.title }],
            },
          ]
        : []),
    ]),
  ];
  return entries.sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime()).slice(0, limit);
}
