import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { listMemberOrganisations, loadNetworkInputs, type NetworkSectionProvider } from './sections.ts';
import { networkSnapshots } from './table.ts';

export type NetworkSnapshot = typeof networkSnapshots.$inferSelect;

/** The period a moment falls in: its calendar month, YYYY-MM. */
export const periodOf = (moment: Date) => moment.toISOString().slice(0, 7);

/**
 * The network figures of the current month: the stored snapshot, or, on the month's first read,
 * a new one worked out now and stored (two instances reading at once store one: the first wins).
 */
export async function currentSnapshot(
  db: Db,
  sections: readonly NetworkSectionProvider[],
  now: Date = new Date(),
): Promise<NetworkSnapshot> {
  const period = periodOf(now);
  const read = async () =>
    (await db.select().from(networkSnapshots).where(eq(networkSnapshots.period, period)))[0];
  const stored = await read();
  if (stored) return stored;
  const members = await listMemberOrganisations(db);
  await db
    .insert(networkSnapshots)
    .values({
      period,
      participating: members.filter((member) => !member.optedOut).length,
      inputs: await loadNetworkInputs(db, sections, members),
    })
    .onConflictDoNothing();
  const made = await read();
  if (!made) throw new Error('network snapshot not stored');
  return made;
}
