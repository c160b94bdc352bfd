import type { FrameworkContent } from '@derde-bron/domain';
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { foundRow } from '../../db/rows.ts';
import type { Tx } from '../../db/tenant.ts';
import { conflict, notFound } from '../../http-error.ts';
import { frameworkDrafts, frameworkVersions } from './table.ts';

type Reader = Db | Tx;

const draftSummary = {
  id: frameworkDrafts.id,
  basedOn: frameworkDrafts.basedOn,
  version: frameworkDrafts.version,
  updatedAt: frameworkDrafts.updatedAt,
};

export const listDrafts = (db: Reader) =>
  db.select(draftSummary).from(frameworkDrafts).orderBy(desc(frameworkDrafts.updatedAt));

/** A draft as the API answers it. */
export const draftOf = (row: typeof frameworkDrafts.$inferSelect) => ({
  id: row.id,
  basedOn: row.basedOn,
  version: row.version,
  updatedAt: row.updatedAt,
  content: row.content,
});

export async function getDraft(db: Reader, id: string) {
  return foundRow(
    await db.select().from(frameworkDrafts).where(eq(frameworkDrafts.id, id)),
    'frameworkDraftNotFound',
  );
}

/** The newest published version, which a new draft copies and a draft is compared with. */
export async function currentPublished(db: Reader) {
  return foundRow(
    await db.select().from(frameworkVersions).orderBy(desc(frameworkVersions.version)).limit(1),
    'frameworkVersionNotFound',
  );
}

export async function createDraft(
  db: Reader,
  input: { basedOn: number; content: FrameworkContent; createdBy: string },
) {
  const [row] = await db.insert(frameworkDrafts).values(input).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Saves a draft's content if nobody saved it since `version`; 409 with the current draft otherwise. */
export async function saveDraft(tx: Tx, id: string, input: { version: number; content: FrameworkContent }) {
  const [row] = await tx
    .update(frameworkDrafts)
    .set({ content: input.content, version: sql`${frameworkDrafts.version} + 1`, updatedAt: new Date() })
    .where(sql`${frameworkDrafts.id} = ${id} AND ${frameworkDrafts.version} = ${input.version}`)
    .returning();
  if (row) return row;
  throw conflict('frameworkDraftConflict', { current: draftOf(await getDraft(tx, id)) });
}

export async function deleteDraft(db: Reader, id: string) {
  const deleted = await db
    .delete(frameworkDrafts)
    .where(eq(frameworkDrafts.id, id))
    .returning({ id: frameworkDrafts.id });
  if (deleted.length === 0) throw notFound('frameworkDraftNotFound');
}

/**
 * Publishes a draft as the next version number and removes the draft, in one transaction. The draft
 * must still be at `version` (nobody saved it since the caller read it); the new row is `published`,
 * which the database keeps unchanged for good.
 */
export async function publishDraft(tx: Tx, id: string, input: { version: number; publishedBy: string }) {
  const draft = await getDraft(tx, id);
  if (draft.version !== input.version) throw conflict('frameworkDraftConflict', { current: draftOf(draft) });
  // Serialises two publications: the second waits, then numbers after the first.
  await tx.execute(sql`LOCK TABLE framework_versions IN SHARE ROW EXCLUSIVE MODE`);
  const current = await currentPublished(tx);
  const [published] = await tx
    .insert(frameworkVersions)
    .values({
      version: current.version + 1,
      content: draft.content,
      source: 'published',
      publishedBy: input.publishedBy,
    })
    .returning();
  if (!published) throw new Error('insert returned nothing');
  await tx.delete(frameworkDrafts).where(eq(frameworkDrafts.id, id));
  return { published, previous: current.version };
}
