import { and, eq, inArray, not, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type Tx, withTenant } from '../../db/tenant.ts';
import { groupCommit } from '../../lib/group-commit.ts';
import { responses, submissionKeys, waveGroups, waveLinks } from './table.ts';

export type Submission = {
  orgId: string;
  waveId: string;
  groupId: string;
  link: { id: string; singleUse: boolean };
  /** Hash of the key the respondent's browser made when it opened the questionnaire. */
  keyHash: string;
  /** The response, sealed (see sealed-responses.ts). */
  sealed: string;
};

/**
 * `stored`: new; `duplicate`: this submission key was stored before; `linkUsed`: an invitation used
 * up; `groupFull`: the group has as many answers as people declared; `closed`: the wave was
 * published meanwhile.
 */
export type Outcome = 'stored' | 'duplicate' | 'linkUsed' | 'groupFull' | 'closed';

const pairs = (batch: readonly Submission[], indexes: readonly number[]) =>
  sql.join(
    indexes.map((i) => sql`(${batch[i]?.waveId}::uuid, ${batch[i]?.keyHash})`),
    sql`, `,
  );

/**
 * Stores one organisation's submissions in one transaction: a response is stored only if its
 * submission key is new, its invitation (if any) unused, and its group neither full nor closed.
 * The group's count and the invitation's "used" change in the same transaction as the sealed row;
 * the row itself is written again, with every other of its wave, when the wave is published.
 */
export async function storeSubmissions(
  tx: Tx,
  orgId: string,
  batch: readonly Submission[],
): Promise<Outcome[]> {
  const outcomes: Outcome[] = batch.map(() => 'duplicate');
  // A retry may arrive in the same batch as its original: the first one counts.
  const firstOfKey = new Map<string, number>();
  batch.forEach((item, i) => {
    const key = `${item.waveId}|${item.keyHash}`;
    if (!firstOfKey.has(key)) firstOfKey.set(key, i);
  });
  const candidates = [...firstOfKey.values()];
  const inserted = await tx
    .insert(submissionKeys)
    .values(
      candidates.map((i) => ({ orgId, waveId: batch[i]?.waveId ?? '', keyHash: batch[i]?.keyHash ?? '' })),
    )
    .onConflictDoNothing()
    .returning({ waveId: submissionKeys.waveId, keyHash: submissionKeys.keyHash });
  const fresh = new Set(inserted.map((row) => `${row.waveId}|${row.keyHash}`));
  let accepted = candidates.filter((i) => fresh.has(`${batch[i]?.waveId}|${batch[i]?.keyHash}`));
  const refuse = (indexes: number[], outcome: Outcome) => {
    for (const i of indexes) outcomes[i] = outcome;
    accepted = accepted.filter((i) => !indexes.includes(i));
  };

  // Each group takes answers up to its declared headcount, and none once the wave is published.
  const byGroup = new Map<string, number[]>();
  for (const i of accepted) {
    const groupId = batch[i]?.groupId ?? '';
    byGroup.set(groupId, [...(byGroup.get(groupId) ?? []), i]);
  }
  const groups = await tx
    .select({
      id: waveGroups.id,
      headcount: waveGroups.headcount,
      received: waveGroups.received,
      open: waveGroups.open,
    })
    .from(waveGroups)
    .where(and(eq(waveGroups.orgId, orgId), inArray(waveGroups.id, [...byGroup.keys()])))
    .orderBy(waveGroups.id)
    .for('update');
  for (const group of groups) {
    const members = byGroup.get(group.id) ?? [];
    const room = group.open ? Math.max(0, group.headcount - group.received) : 0;
    refuse(members.slice(room), group.open ? 'groupFull' : 'closed');
    const taken = Math.min(room, members.length);
    if (taken > 0)
      await tx
        .update(waveGroups)
        .set({ received: sql`${waveGroups.received} + ${taken}` })
        .where(and(eq(waveGroups.orgId, orgId), eq(waveGroups.id, group.id)));
  }

  // An invitation takes one response: the first taker of each gets it.
  const invitations = [
    ...new Set(accepted.flatMap((i) => (batch[i]?.link.singleUse ? [batch[i].link.id] : []))),
  ];
  if (invitations.length > 0) {
    const marked = await tx
      .update(waveLinks)
      .set({ used: true })
      .where(and(eq(waveLinks.orgId, orgId), inArray(waveLinks.id, invitations), not(waveLinks.used)))
      .returning({ id: waveLinks.id, groupId: waveLinks.groupId });
    const usable = new Set(marked.map((row) => row.id));
    const used = accepted.filter((i) => {
      const link = batch[i]?.link;
      return link?.singleUse === true && !usable.delete(link.id);
    });
    refuse(used, 'linkUsed');
    // Their places in the group were taken above: give them back.
    for (const i of used)
      await tx
        .update(waveGroups)
        .set({ received: sql`${waveGroups.received} - 1` })
        .where(and(eq(waveGroups.orgId, orgId), eq(waveGroups.id, batch[i]?.groupId ?? '')));
  }

  const refused = candidates.filter(
    (i) => fresh.has(`${batch[i]?.waveId}|${batch[i]?.keyHash}`) && !accepted.includes(i),
  );
  // A refused submission may be sent again later (say, to another link): forget its key.
  if (refused.length > 0)
    await tx
      .delete(submissionKeys)
      .where(
        and(
          eq(submissionKeys.orgId, orgId),
          sql`(${submissionKeys.waveId}, ${submissionKeys.keyHash}) in (${pairs(batch, refused)})`,
        ),
      );
  if (accepted.length === 0) return outcomes;

  await tx
    .insert(responses)
    .values(accepted.map((i) => ({ orgId, waveId: batch[i]?.waveId ?? '', sealed: batch[i]?.sealed ?? '' })));
  for (const i of accepted) outcomes[i] = 'stored';
  return outcomes;
}

/**
 * The submission path: submissions are gathered while the previous batch is written (group commit)
 * and stored per organisation, each in its own tenant transaction. A caller's promise settles only
 * after its transaction committed.
 */
export function createSubmitter(db: Db) {
  return groupCommit<Submission, Outcome>(async (batch) => {
    const outcomes: Outcome[] = new Array(batch.length);
    const byOrg = new Map<string, number[]>();
    for (const [i, item] of batch.entries()) byOrg.set(item.orgId, [...(byOrg.get(item.orgId) ?? []), i]);
    for (const [orgId, indexes] of byOrg) {
      const stored = await withTenant(db, orgId, (tx) =>
        storeSubmissions(
          tx,
          orgId,
          indexes.map((i) => batch[i] as Submission),
        ),
      );
      indexes.forEach((index, j) => {
        outcomes[index] = stored[j] as Outcome;
      });
    }
    return outcomes;
  });
}
