import type { KnowledgeSearch, SharedItemKind } from '@derde-bron/domain';
import { and, arrayContains, count, desc, eq, max, type SQL, sql } from 'drizzle-orm';
import { foundRow, insertedRow, rowOfOrg } from '../../db/rows.ts';
import { activities, organisations, policyTopics, registryPeople } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { conflict, HttpError, notFound } from '../../http-error.ts';
import { recordAudit } from '../audit/index.ts';
import { knowledgeCopies, knowledgeNetworkMembers, sharedItems, sharedItemVersions } from './table.ts';

/** The columns of an item that anyone who may see it reads (never the file itself). */
const itemColumns = {
  id: sharedItems.id,
  orgId: sharedItems.orgId,
  ownerName: sharedItems.ownerName,
  kind: sharedItems.kind,
  title: sharedItems.title,
  summary: sharedItems.summary,
  licence: sharedItems.licence,
  stepKey: sharedItems.stepKey,
  itemKey: sharedItems.itemKey,
  phases: sharedItems.phases,
  audience: sharedItems.audience,
  activityKey: sharedItems.activityKey,
  status: sharedItems.status,
  contentVersion: sharedItems.contentVersion,
  version: sharedItems.version,
  createdAt: sharedItems.createdAt,
  updatedAt: sharedItems.updatedAt,
  withdrawnAt: sharedItems.withdrawnAt,
};

export async function isSharing(tx: Tx, orgId: string) {
  const [row] = await tx
    .select({ sharing: knowledgeNetworkMembers.sharing })
    .from(knowledgeNetworkMembers)
    .where(eq(knowledgeNetworkMembers.orgId, orgId));
  return row?.sharing ?? false;
}

export async function assertSharing(tx: Tx, orgId: string) {
  if (!(await isSharing(tx, orgId))) throw new HttpError(409, 'CONFLICT', 'knowledgeNetworkNotJoined');
}

/** Takes part or stops; stopping withdraws everything the organisation shared. Returns what it withdrew. */
export async function setSharing(tx: Tx, orgId: string, sharing: boolean) {
  await tx
    .insert(knowledgeNetworkMembers)
    .values({ orgId, sharing })
    .onConflictDoUpdate({ target: knowledgeNetworkMembers.orgId, set: { sharing, updatedAt: new Date() } });
  if (sharing) return [];
  return tx
    .update(sharedItems)
    .set({
      status: 'withdrawn',
      withdrawnAt: new Date(),
      updatedAt: new Date(),
      version: sql`${sharedItems.version} + 1`,
    })
    .where(and(eq(sharedItems.orgId, orgId), eq(sharedItems.status, 'shared')))
    .returning({ id: sharedItems.id });
}

export async function organisationName(tx: Tx, orgId: string) {
  const row = foundRow(
    await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId)),
  );
  return row.name;
}

/** The names of the organisation's own people in the registry: what must not leave it. */
export async function ownPeopleNames(tx: Tx, orgId: string) {
  const rows = await tx
    .select({ name: registryPeople.name })
    .from(registryPeople)
    .where(eq(registryPeople.orgId, orgId));
  return rows.map((row) => row.name);
}

/**
 * The network's shared items matching a search: every organisation's that take part, the reader's
 * own included. Row-level security already hides withdrawn and unshared rows of others (and all of
 * them when the reader does not take part); the `status` condition keeps the reader's own withdrawn
 * items out of the network view too. Newest first (not by relevance): the (status, updated_at) index
 * then stops after one page, and the count goes through the full-text index.
 */
export async function searchSharedItems(tx: Tx, search: KnowledgeSearch, limit = 50) {
  const conditions: SQL[] = [eq(sharedItems.status, 'shared')];
  if (search.q) conditions.push(sql`${sharedItems.search} @@ websearch_to_tsquery('dutch', ${search.q})`);
  if (search.kind) conditions.push(eq(sharedItems.kind, search.kind));
  if (search.stepKey) conditions.push(eq(sharedItems.stepKey, search.stepKey));
  if (search.itemKey) conditions.push(eq(sharedItems.itemKey, search.itemKey));
  if (search.phase) conditions.push(arrayContains(sharedItems.phases, [search.phase]));
  const where = and(...conditions);
  const items = await tx
    .select(itemColumns)
    .from(sharedItems)
    .where(where)
    .orderBy(desc(sharedItems.updatedAt))
    .limit(limit);
  // Counted apart: a window count would carry every matching row through the sort.
  const [counted] =
    items.length < limit
      ? [{ total: items.length }]
      : await tx.select({ total: count() }).from(sharedItems).where(where);
  return { total: counted?.total ?? 0, items };
}

/** Everything the organisation itself shared, withdrawn included, newest first. */
export function listOwnItems(tx: Tx, orgId: string) {
  return tx
    .select(itemColumns)
    .from(sharedItems)
    .where(eq(sharedItems.orgId, orgId))
    .orderBy(desc(sharedItems.updatedAt));
}

/**
 * One item as the reader may see it: its own (also withdrawn), or another's while shared. Anything
 * else is not found, whether it exists or not.
 */
export async function getVisibleItem(tx: Tx, readerOrgId: string, itemId: string) {
  const [item] = await tx.select(itemColumns).from(sharedItems).where(eq(sharedItems.id, itemId));
  if (!item || (item.orgId !== readerOrgId && item.status !== 'shared')) throw notFound();
  return item;
}

/** One of the organisation's own items, for a change. */
export async function getOwnItem(tx: Tx, orgId: string, itemId: string) {
  return foundRow(
    await tx
      .select(itemColumns)
      .from(sharedItems)
      .where(and(eq(sharedItems.orgId, orgId), eq(sharedItems.id, itemId))),
  );
}

export function listVersions(tx: Tx, itemId: string) {
  return tx
    .select({
      number: sharedItemVersions.number,
      fileName: sharedItemVersions.fileName,
      mimeType: sharedItemVersions.mimeType,
      size: sharedItemVersions.size,
      body: sharedItemVersions.body,
      createdAt: sharedItemVersions.createdAt,
    })
    .from(sharedItemVersions)
    .where(eq(sharedItemVersions.itemId, itemId))
    .orderBy(desc(sharedItemVersions.number));
}

export async function latestVersion(tx: Tx, itemId: string) {
  const [row] = await tx
    .select()
    .from(sharedItemVersions)
    .where(eq(sharedItemVersions.itemId, itemId))
    .orderBy(desc(sharedItemVersions.number))
    .limit(1);
  return row;
}

export type NewSharedItem = {
  kind: SharedItemKind;
  title: string;
  summary: string;
  licence: string;
  stepKey: (typeof sharedItems.$inferInsert)['stepKey'];
  itemKey: string | null;
  phases: string[];
  audience?: string[];
  activityKey?: string | null;
};
export type VersionContent = Pick<
  typeof sharedItemVersions.$inferInsert,
  'fileName' | 'mimeType' | 'size' | 'content' | 'body'
>;

export async function insertSharedItem(
  tx: Tx,
  orgId: string,
  sharedBy: string,
  item: NewSharedItem,
  content: VersionContent,
) {
  const ownerName = await organisationName(tx, orgId);
  const made = insertedRow(
    await tx
      .insert(sharedItems)
      .values({ ...item, orgId, ownerName, sharedBy })
      .returning({ id: sharedItems.id }),
  );
  await tx.insert(sharedItemVersions).values({ ...content, orgId, itemId: made.id, number: 1 });
  return getOwnItem(tx, orgId, made.id);
}

/** A new content version of one of the organisation's own items, made from `version`. */
export async function addContentVersion(
  tx: Tx,
  orgId: string,
  itemId: string,
  version: number,
  content: VersionContent,
) {
  const item = await getOwnItem(tx, orgId, itemId);
  if (item.version !== version) throw conflict('conflict', { current: item });
  const [last] = await tx
    .select({ number: max(sharedItemVersions.number) })
    .from(sharedItemVersions)
    .where(eq(sharedItemVersions.itemId, itemId));
  const number = (last?.number ?? 0) + 1;
  await tx.insert(sharedItemVersions).values({ ...content, orgId, itemId, number });
  await tx
    .update(sharedItems)
    .set({ contentVersion: number, version: version + 1, updatedAt: new Date() })
    .where(and(eq(sharedItems.orgId, orgId), eq(sharedItems.id, itemId)));
  return getOwnItem(tx, orgId, itemId);
}

/** Withdraws one of the organisation's own items, made from `version`: hidden from the network at once. */
export async function withdrawItem(tx: Tx, orgId: string, itemId: string, version: number) {
  const item = await getOwnItem(tx, orgId, itemId);
  if (item.version !== version) throw conflict('conflict', { current: item });
  await tx
    .update(sharedItems)
    .set({ status: 'withdrawn', withdrawnAt: new Date(), updatedAt: new Date(), version: version + 1 })
    .where(and(eq(sharedItems.orgId, orgId), eq(sharedItems.id, itemId)));
  return getOwnItem(tx, orgId, itemId);
}

/** A closed policy topic of the organisation, to share. */
export async function getPolicyTopic(tx: Tx, orgId: string, topicId: string) {
  return rowOfOrg(tx, policyTopics, orgId, topicId);
}

type SharedItem = Awaited<ReturnType<typeof getVisibleItem>>;

/** A copy of a shared activity format in the organisation's own activities. */
export async function copyToActivities(tx: Tx, orgId: string, copiedBy: string, item: SharedItem) {
  const made = insertedRow(
    await tx
      .insert(activities)
      .values({ orgId, activityKey: item.activityKey, name: item.title, phases: item.phases })
      .returning({ id: activities.id }),
  );
  return recordCopy(tx, orgId, copiedBy, item, 'activity', made.id);
}

/** A copy of a shared policy topic on the organisation's own policy board, with a "from" note. */
export async function copyToPolicyTopics(
  tx: Tx,
  orgId: string,
  copiedBy: string,
  item: SharedItem,
  notes: Record<string, string>,
  fromNote: string,
) {
  const unlock = [fromNote, notes.unlock].filter(Boolean).join('\n\n');
  const made = insertedRow(
    await tx
      .insert(policyTopics)
      .values({ orgId, title: item.title, notes: { ...notes, unlock } })
      .returning({ id: policyTopics.id }),
  );
  return recordCopy(tx, orgId, copiedBy, item, 'policyTopic', made.id);
}

/** Records a copy and logs it (audit). */
async function recordCopy(
  tx: Tx,
  orgId: string,
  copiedBy: string,
  item: SharedItem,
  target: 'activity' | 'policyTopic',
  targetId: string,
) {
  const made = insertedRow(
    await tx
      .insert(knowledgeCopies)
      .values({
        orgId,
        sharedItemId: item.id,
        target,
        targetId,
        title: item.title,
        fromName: item.ownerName,
        copiedBy,
      })
      .returning(copyColumns),
  );
  await recordAudit(tx, {
    orgId,
    actorUserId: copiedBy,
    action: 'knowledgeNetwork.copied',
    targetType: target,
    targetId,
    details: { from: item.ownerName, sharedItemId: item.id },
  });
  return made;
}

const copyColumns = {
  id: knowledgeCopies.id,
  target: knowledgeCopies.target,
  targetId: knowledgeCopies.targetId,
  title: knowledgeCopies.title,
  fromName: knowledgeCopies.fromName,
  createdAt: knowledgeCopies.createdAt,
};

export function listCopies(tx: Tx, orgId: string) {
  return tx
    .select(copyColumns)
    .from(knowledgeCopies)
    .where(eq(knowledgeCopies.orgId, orgId))
    .orderBy(desc(knowledgeCopies.createdAt));
}
