import type { FrameworkContent, ItemChange, ItemRecordCounts } from '@derde-bron/domain';
import { and, asc, count, desc, eq, inArray, isNotNull, notInArray } from 'drizzle-orm';
import { foundRow, insertedRow } from '../../db/rows.ts';
import { frameworkVersions, memberships, users } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { conflict, invalidInput, notFound } from '../../http-error.ts';
import {
  policyTopics,
  roadmapDecisions,
  roadmapEvidence,
  roadmapGoals,
  roadmapItemHistory,
  roadmapItems,
  roadmaps,
} from './table.ts';

/** Every item of a framework version, with its step. */
export function itemsOf(content: FrameworkContent) {
  return content.steps.flatMap((step) =>
    step.items.map((item) => ({ itemKey: item.key, stepKey: step.key })),
  );
}

export async function getFrameworkContent(tx: Tx, version: number) {
  const [row] = await tx.select().from(frameworkVersions).where(eq(frameworkVersions.version, version));
  if (!row) throw new Error(`framework version ${version} is not published`);
  return row.content;
}

/**
 * The organisation's roadmap, made on first use from the newest published framework version:
 * one row per item, all "not started".
 */
export async function ensureRoadmap(tx: Tx, orgId: string) {
  const [existing] = await tx.select().from(roadmaps).where(eq(roadmaps.orgId, orgId));
  if (existing) return existing;
  const [newest] = await tx
    .select()
    .from(frameworkVersions)
    .orderBy(desc(frameworkVersions.version))
    .limit(1);
  if (!newest) throw new Error('no framework version is published');
  const [created] = await tx
    .insert(roadmaps)
    .values({ orgId, frameworkVersion: newest.version })
    .onConflictDoNothing()
    .returning();
  await tx
    .insert(roadmapItems)
    .values(itemsOf(newest.content).map((item) => ({ orgId, ...item })))
    .onConflictDoNothing();
  return created ?? (await tx.select().from(roadmaps).where(eq(roadmaps.orgId, orgId)))[0];
}

const itemColumns = {
  itemKey: roadmapItems.itemKey,
  stepKey: roadmapItems.stepKey,
  status: roadmapItems.status,
  ownerMembershipId: roadmapItems.ownerMembershipId,
  ownerName: users.name,
  dueDate: roadmapItems.dueDate,
  notes: roadmapItems.notes,
  notApplicableReason: roadmapItems.notApplicableReason,
  version: roadmapItems.version,
  updatedAt: roadmapItems.updatedAt,
  retiredAt: roadmapItems.retiredAt,
};

function selectItems(tx: Tx) {
  return tx
    .select(itemColumns)
    .from(roadmapItems)
    .leftJoin(memberships, eq(memberships.id, roadmapItems.ownerMembershipId))
    .leftJoin(users, eq(users.id, memberships.userId));
}

export type RoadmapItemRow = Awaited<ReturnType<typeof listItems>>[number];

export function listItems(tx: Tx, orgId: string) {
  return selectItems(tx).where(eq(roadmapItems.orgId, orgId));
}

export async function getItem(tx: Tx, orgId: string, itemKey: string) {
  return foundRow(
    await selectItems(tx).where(and(eq(roadmapItems.orgId, orgId), eq(roadmapItems.itemKey, itemKey))),
    'itemNotFound',
  );
}

/** Decisions per step, for the step-3 advice ("choices made"). */
export async function countDecisionsByStep(tx: Tx, orgId: string) {
  const rows = await tx
    .select({ stepKey: roadmapDecisions.stepKey, count: count() })
    .from(roadmapDecisions)
    .where(eq(roadmapDecisions.orgId, orgId))
    .groupBy(roadmapDecisions.stepKey);
  return new Map(rows.map((row) => [row.stepKey, row.count]));
}

/**
 * The newest decision recorded in the given steps: for the step-3 advice, the fact that choices
 * were made (the guide's "keuzes gemaakt en een opdracht geformuleerd"), named and linked on the page.
 */
export async function latestDecisionIn(tx: Tx, orgId: string, stepKeys: readonly string[]) {
  const [row] = await tx
    .select({
      id: roadmapDecisions.id,
      itemKey: roadmapDecisions.itemKey,
      decidedOn: roadmapDecisions.decidedOn,
      decision: roadmapDecisions.decision,
    })
    .from(roadmapDecisions)
    .where(and(eq(roadmapDecisions.orgId, orgId), inArray(roadmapDecisions.stepKey, [...stepKeys])))
    .orderBy(desc(roadmapDecisions.decidedOn), desc(roadmapDecisions.createdAt))
    .limit(1);
  return row ?? null;
}

export async function assertMember(tx: Tx, orgId: string, membershipId: string | null | undefined) {
  if (!membershipId) return;
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.id, membershipId)));
  if (!member) throw invalidInput('ownerNotMember');
}

const historyFields = ['status', 'ownerMembershipId', 'dueDate', 'notes', 'notApplicableReason'] as const;

/**
 * Saves a change to an item if nobody saved since `change.version`; otherwise 409 with the item
 * as it is now. Every changed field goes into the history, in the same transaction.
 */
export async function updateItem(
  tx: Tx,
  orgId: string,
  itemKey: string,
  change: ItemChange,
  actor: { userId: string; name: string },
) {
  const current = await getItem(tx, orgId, itemKey);
  if (current.retiredAt) throw notFound('itemNotFound');
  if (current.version !== change.version) throw conflict('itemConflict', { current });
  await assertMember(tx, orgId, change.ownerMembershipId);
  const next = {
    status: change.status ?? current.status,
    ownerMembershipId:
      change.ownerMembershipId === undefined ? current.ownerMembershipId : change.ownerMembershipId,
    dueDate: change.dueDate === undefined ? current.dueDate : change.dueDate,
    notes: change.notes ?? current.notes,
    notApplicableReason:
      (change.status ?? current.status) === 'notApplicable'
        ? (change.notApplicableReason ?? current.notApplicableReason)
        : null,
  };
  const changes = historyFields
    .filter((field) => (next[field] ?? null) !== (current[field] ?? null))
    .map((field) => ({ field, from: current[field] ?? null, to: next[field] ?? null }));
  if (changes.length === 0) return current;
  const updated = await tx
    .update(roadmapItems)
    .set({ ...next, version: current.version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(roadmapItems.orgId, orgId),
        eq(roadmapItems.itemKey, itemKey),
        eq(roadmapItems.version, change.version),
      ),
    )
    .returning({ id: roadmapItems.id });
  // Another transaction may have saved between our read and this write.
  if (updated.length === 0) throw conflict('itemConflict', { current: await getItem(tx, orgId, itemKey) });
  await tx
    .insert(roadmapItemHistory)
    .values({ orgId, itemKey, changedBy: actor.userId, changedByName: actor.name, changes });
  return getItem(tx, orgId, itemKey);
}

export function listHistory(tx: Tx, orgId: string, itemKey: string) {
  return tx
    .select({
      id: roadmapItemHistory.id,
      changedByName: roadmapItemHistory.changedByName,
      changedAt: roadmapItemHistory.changedAt,
      changes: roadmapItemHistory.changes,
    })
    .from(roadmapItemHistory)
    .where(and(eq(roadmapItemHistory.orgId, orgId), eq(roadmapItemHistory.itemKey, itemKey)))
    .orderBy(desc(roadmapItemHistory.changedAt));
}

/** Every status change of the organisation's items, oldest first: what the trend is rebuilt from. */
export async function listStatusChanges(tx: Tx, orgId: string) {
  const rows = await tx
    .select({
      itemKey: roadmapItemHistory.itemKey,
      changedAt: roadmapItemHistory.changedAt,
      changes: roadmapItemHistory.changes,
    })
    .from(roadmapItemHistory)
    .where(eq(roadmapItemHistory.orgId, orgId))
    .orderBy(asc(roadmapItemHistory.changedAt));
  return rows.map((row) => ({ ...row, changedAt: row.changedAt.toISOString() }));
}

export function listDecisions(tx: Tx, orgId: string, itemKey: string) {
  return tx
    .select({
      id: roadmapDecisions.id,
      decidedOn: roadmapDecisions.decidedOn,
      decision: roadmapDecisions.decision,
      rationale: roadmapDecisions.rationale,
      decidedBy: roadmapDecisions.decidedBy,
      createdAt: roadmapDecisions.createdAt,
      frameworkVersion: roadmapDecisions.frameworkVersion,
    })
    .from(roadmapDecisions)
    .where(and(eq(roadmapDecisions.orgId, orgId), eq(roadmapDecisions.itemKey, itemKey)))
    .orderBy(desc(roadmapDecisions.decidedOn), desc(roadmapDecisions.createdAt));
}

export function listEvidence(tx: Tx, orgId: string, itemKey: string) {
  return tx
    .select({
      id: roadmapEvidence.id,
      title: roadmapEvidence.title,
      url: roadmapEvidence.url,
      fileName: roadmapEvidence.fileName,
      mimeType: roadmapEvidence.mimeType,
      size: roadmapEvidence.size,
      createdAt: roadmapEvidence.createdAt,
    })
    .from(roadmapEvidence)
    .where(and(eq(roadmapEvidence.orgId, orgId), eq(roadmapEvidence.itemKey, itemKey)))
    .orderBy(asc(roadmapEvidence.createdAt));
}

/** The newest changes across all items, for the overview. */
export function listRecentChanges(tx: Tx, orgId: string, limit: number) {
  return tx
    .select({
      id: roadmapItemHistory.id,
      itemKey: roadmapItemHistory.itemKey,
      changedByName: roadmapItemHistory.changedByName,
      changedAt: roadmapItemHistory.changedAt,
      changes: roadmapItemHistory.changes,
    })
    .from(roadmapItemHistory)
    .where(eq(roadmapItemHistory.orgId, orgId))
    .orderBy(desc(roadmapItemHistory.changedAt))
    .limit(limit);
}

export async function insertDecision(tx: Tx, values: typeof roadmapDecisions.$inferInsert) {
  return insertedRow(await tx.insert(roadmapDecisions).values(values).returning());
}

/** A link or a file (with its content) as evidence for an item. */
export async function insertEvidence(tx: Tx, values: typeof roadmapEvidence.$inferInsert) {
  return insertedRow(await tx.insert(roadmapEvidence).values(values).returning());
}

/** One piece of evidence with its content, if it is the organisation's. */
export async function getEvidence(tx: Tx, orgId: string, evidenceId: string) {
  const [evidence] = await tx
    .select()
    .from(roadmapEvidence)
    .where(and(eq(roadmapEvidence.orgId, orgId), eq(roadmapEvidence.id, evidenceId)));
  return evidence;
}

export function listGoals(tx: Tx, orgId: string) {
  return tx.select().from(roadmapGoals).where(eq(roadmapGoals.orgId, orgId));
}

/** Goals with their owner's name, by deadline (the goals page and the implementation report). */
export function listGoalsWithOwners(tx: Tx, orgId: string) {
  return tx
    .select({
      id: roadmapGoals.id,
      stepKey: roadmapGoals.stepKey,
      title: roadmapGoals.title,
      ownerMembershipId: roadmapGoals.ownerMembershipId,
      ownerName: users.name,
      deadline: roadmapGoals.deadline,
      status: roadmapGoals.status,
      achieved: roadmapGoals.achieved,
      cycle: roadmapGoals.cycle,
      reviewedAt: roadmapGoals.reviewedAt,
      version: roadmapGoals.version,
      createdAt: roadmapGoals.createdAt,
      sourceWaveId: roadmapGoals.sourceWaveId,
      sourceItemKey: roadmapGoals.sourceItemKey,
    })
    .from(roadmapGoals)
    .leftJoin(memberships, eq(memberships.id, roadmapGoals.ownerMembershipId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(eq(roadmapGoals.orgId, orgId))
    .orderBy(asc(roadmapGoals.deadline), asc(roadmapGoals.title));
}

/** Goals made from a measurement result (a wave's item), oldest first: shown beside the item later. */
export function listGoalsFromResults(tx: Tx, orgId: string) {
  return tx
    .select({
      id: roadmapGoals.id,
      stepKey: roadmapGoals.stepKey,
      title: roadmapGoals.title,
      deadline: roadmapGoals.deadline,
      status: roadmapGoals.status,
      achieved: roadmapGoals.achieved,
      sourceWaveId: roadmapGoals.sourceWaveId,
      sourceItemKey: roadmapGoals.sourceItemKey,
      createdAt: roadmapGoals.createdAt,
    })
    .from(roadmapGoals)
    .where(and(eq(roadmapGoals.orgId, orgId), isNotNull(roadmapGoals.sourceItemKey)))
    .orderBy(asc(roadmapGoals.createdAt));
}

export async function getGoal(tx: Tx, orgId: string, goalId: string) {
  const goal = (await listGoalsWithOwners(tx, orgId)).find((g) => g.id === goalId);
  if (!goal) throw notFound();
  return goal;
}

export async function insertGoal(tx: Tx, values: typeof roadmapGoals.$inferInsert) {
  return insertedRow(await tx.insert(roadmapGoals).values(values).returning());
}

/** Saves a change made from `version`; false when someone saved in between. */
export async function updateGoal(
  tx: Tx,
  orgId: string,
  goalId: string,
  version: number,
  change: Partial<typeof roadmapGoals.$inferInsert>,
): Promise<boolean> {
  const updated = await tx
    .update(roadmapGoals)
    .set({ ...change, version: version + 1 })
    .where(and(eq(roadmapGoals.orgId, orgId), eq(roadmapGoals.id, goalId), eq(roadmapGoals.version, version)))
    .returning({ id: roadmapGoals.id });
  return updated.length > 0;
}

export function listTopics(tx: Tx, orgId: string) {
  return tx
    .select()
    .from(policyTopics)
    .where(eq(policyTopics.orgId, orgId))
    .orderBy(asc(policyTopics.createdAt));
}

export async function insertTopic(tx: Tx, orgId: string, title: string) {
  return insertedRow(await tx.insert(policyTopics).values({ orgId, title }).returning());
}

export async function getTopic(tx: Tx, orgId: string, topicId: string) {
  const [topic] = await tx
    .select()
    .from(policyTopics)
    .where(and(eq(policyTopics.orgId, orgId), eq(policyTopics.id, topicId)));
  return topic;
}

/** Saves a change made from `version`; undefined when someone saved in between. */
export async function updateTopic(
  tx: Tx,
  orgId: string,
  topicId: string,
  version: number,
  change: Partial<typeof policyTopics.$inferInsert>,
) {
  const [updated] = await tx
    .update(policyTopics)
    .set({ ...change, version: version + 1 })
    .where(
      and(eq(policyTopics.orgId, orgId), eq(policyTopics.id, topicId), eq(policyTopics.version, version)),
    )
    .returning();
  return updated;
}

export async function findFrameworkVersion(tx: Tx, version: number) {
  const [target] = await tx.select().from(frameworkVersions).where(eq(frameworkVersions.version, version));
  return target;
}

/**
 * Moves the organisation's roadmap to a framework version: items that still exist keep everything
 * (also when they moved to another step), new items start empty, items the version dropped are
 * retired. Answers the keys added and retired.
 */
export async function moveItemsToVersion(
  tx: Tx,
  orgId: string,
  target: { version: number; content: FrameworkContent },
) {
  const wanted = itemsOf(target.content);
  const wantedKeys = wanted.map((item) => item.itemKey);
  const existing = await tx
    .select({ itemKey: roadmapItems.itemKey })
    .from(roadmapItems)
    .where(eq(roadmapItems.orgId, orgId));
  const existingKeys = new Set(existing.map((item) => item.itemKey));
  const added = wanted.filter((item) => !existingKeys.has(item.itemKey));
  if (added.length > 0) await tx.insert(roadmapItems).values(added.map((item) => ({ orgId, ...item })));
  for (const item of wanted.filter((w) => existingKeys.has(w.itemKey))) {
    await tx
      .update(roadmapItems)
      .set({ stepKey: item.stepKey, retiredAt: null })
      .where(and(eq(roadmapItems.orgId, orgId), eq(roadmapItems.itemKey, item.itemKey)));
  }
  const retired = await tx
    .update(roadmapItems)
    .set({ retiredAt: new Date() })
    .where(and(eq(roadmapItems.orgId, orgId), notInArray(roadmapItems.itemKey, wantedKeys)))
    .returning({ itemKey: roadmapItems.itemKey });
  await tx.update(roadmaps).set({ frameworkVersion: target.version }).where(eq(roadmaps.orgId, orgId));
  return { added: added.map((item) => item.itemKey), retired: retired.map((item) => item.itemKey) };
}

/** Per item key, the records the organisation keeps: assessed at all, decisions, evidence, changes. */
export async function itemRecordCounts(tx: Tx, orgId: string): Promise<Map<string, ItemRecordCounts>> {
  const counts = new Map<string, ItemRecordCounts>();
  const entry = (key: string) => {
    const found = counts.get(key) ?? { assessed: false, decisions: 0, evidence: 0, changes: 0 };
    counts.set(key, found);
    return found;
  };
  const items = await tx
    .select({ itemKey: roadmapItems.itemKey, status: roadmapItems.status, notes: roadmapItems.notes })
    .from(roadmapItems)
    .where(eq(roadmapItems.orgId, orgId));
  for (const item of items) entry(item.itemKey).assessed = item.status !== 'notStarted' || item.notes !== '';
  const tally = async (
    table: typeof roadmapDecisions | typeof roadmapEvidence | typeof roadmapItemHistory,
    field: 'decisions' | 'evidence' | 'changes',
  ) => {
    const rows = await tx
      .select({ itemKey: table.itemKey, n: count() })
      .from(table)
      .where(eq(table.orgId, orgId))
      .groupBy(table.itemKey);
    for (const row of rows) entry(row.itemKey)[field] = row.n;
  };
  await tally(roadmapDecisions, 'decisions');
  await tally(roadmapEvidence, 'evidence');
  await tally(roadmapItemHistory, 'changes');
  return counts;
}
