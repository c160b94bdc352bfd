import { and, count, desc, eq } from 'drizzle-orm';
import { foundRow } from '../../db/rows.ts';
import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../http-error.ts';
import { journalEntries, journals } from './table.ts';

export type Journal = typeof journals.$inferSelect;
type KeyMaterial = Pick<Journal, 'salt' | 'iterations' | 'passphraseKey' | 'recoveryKey'>;

/** The caller's own journal, or null: every query starts from her membership, never from an id she sends. */
export async function findOwnJournal(tx: Tx, orgId: string, membershipId: string): Promise<Journal | null> {
  const [row] = await tx
    .select()
    .from(journals)
    .where(and(eq(journals.orgId, orgId), eq(journals.membershipId, membershipId)));
  return row ?? null;
}

export async function getOwnJournal(tx: Tx, orgId: string, membershipId: string): Promise<Journal> {
  const journal = await findOwnJournal(tx, orgId, membershipId);
  if (!journal) throw notFound('journalNotSetUp');
  return journal;
}

export async function insertJournal(tx: Tx, values: KeyMaterial & { orgId: string; membershipId: string }) {
  const [row] = await tx.insert(journals).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** New key material if `version` is still current; null when someone (another tab) changed it first. */
export async function updateJournalKeys(tx: Tx, journal: Journal, version: number, material: KeyMaterial) {
  const [row] = await tx
    .update(journals)
    .set({ ...material, version: version + 1 })
    .where(and(eq(journals.id, journal.id), eq(journals.version, version)))
    .returning();
  return row ?? null;
}

export async function deleteJournal(tx: Tx, journal: Journal) {
  await tx.delete(journals).where(eq(journals.id, journal.id));
}

const entryColumns = {
  id: journalEntries.id,
  day: journalEntries.day,
  sealed: journalEntries.sealed,
  version: journalEntries.version,
};

export const listEntries = (tx: Tx, journal: Journal) =>
  tx
    .select(entryColumns)
    .from(journalEntries)
    .where(and(eq(journalEntries.orgId, journal.orgId), eq(journalEntries.journalId, journal.id)))
    .orderBy(desc(journalEntries.day), desc(journalEntries.id));

export async function countEntries(tx: Tx, journal: Journal): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(journalEntries)
    .where(eq(journalEntries.journalId, journal.id));
  return row?.n ?? 0;
}

export async function getEntry(tx: Tx, journal: Journal, entryId: string) {
  return foundRow(
    await tx
      .select(entryColumns)
      .from(journalEntries)
      .where(and(eq(journalEntries.journalId, journal.id), eq(journalEntries.id, entryId))),
  );
}

export async function insertEntry(tx: Tx, journal: Journal, sealed: string, day: string) {
  const [row] = await tx
    .insert(journalEntries)
    .values({ orgId: journal.orgId, journalId: journal.id, sealed, day })
    .returning(entryColumns);
  if (!row) throw new Error('the entry just written is missing');
  return row;
}

export async function updateEntry(
  tx: Tx,
  journal: Journal,
  entryId: string,
  version: number,
  sealed: string,
) {
  const [row] = await tx
    .update(journalEntries)
    .set({ sealed, version: version + 1 })
    .where(
      and(
        eq(journalEntries.journalId, journal.id),
        eq(journalEntries.id, entryId),
        eq(journalEntries.version, version),
      ),
    )
    .returning(entryColumns);
  return row ?? null;
}

export async function deleteEntry(tx: Tx, journal: Journal, entryId: string) {
  foundRow(
    await tx
      .delete(journalEntries)
      .where(and(eq(journalEntries.journalId, journal.id), eq(journalEntries.id, entryId)))
      .returning({ id: journalEntries.id }),
  );
}
