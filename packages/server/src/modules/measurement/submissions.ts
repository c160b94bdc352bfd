import type { CellTally, Perspective, ResponseAnswers } from '@derde-bron/domain';
import { and, eq, inArray, not, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type Tx, withTenant } from '../../db/tenant.ts';
import { groupCommit } from '../../lib/group-commit.ts';
import { responses, submissionKeys, waveLinks } from './table.ts';
import { addToTallies } from './tallies.ts';
import { today } from './waves.ts';

export type Submission = {
  orgId: string;
  waveId: string;
  link: { id: string; singleUse: boolean; teamId: string | null };
  perspective: Perspective;
  /** Hash of the key the respondent's browser made when it opened the questionnaire. */
  keyHash: string;
  answers: ResponseAnswers;
  tally: CellTally;
};

/** `stored`: new; `duplicate`: this submission key was stored before; `linkUsed`: an invitation used up. */
export type Outcome = 'stored' | 'duplicate' | 'linkUsed';

/**
 * Stores one organisation's submissions in one transaction: a response is stored only if its
 * submission key is new and, for an e-mail invitation, only if the invitation was not used yet.
 * The response and the tallies change together, so results always count what is stored.
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

  // An invitation takes one response: mark it used, and refuse (and forget the key of) the rest.
  const invitations = [
    ...new Set(accepted.flatMap((i) => (batch[i]?.link.singleUse ? [batch[i].link.id] : []))),
  ];
  if (invitations.length > 0) {
    const marked = await tx
      .update(waveLinks)
      .set({ used: true })
      .where(and(eq(waveLinks.orgId, orgId), inArray(waveLinks.id, invitations), not(waveLinks.used)))
      .returning({ id: waveLinks.id });
    const usable = new Set(marked.map((row) => row.id));
    // The first taker of each invitation gets it (`delete` answers whether it was still there).
    const refused = accepted.filter((i) => {
      const link = batch[i]?.link;
      return link?.singleUse === true && !usable.delete(link.id);
    });
    for (const i of refused) outcomes[i] = 'linkUsed';
    if (refused.length > 0) {
      await tx.delete(submissionKeys).where(
        and(
          eq(submissionKeys.orgId, orgId),
          sql`(${submissionKeys.waveId}, ${submissionKeys.keyHash}) in (${sql.join(
            refused.map((i) => sql`(${batch[i]?.waveId}, ${batch[i]?.keyHash})`),
            sql`, `,
          )})`,
        ),
      );
      accepted = accepted.filter((i) => !refused.includes(i));
    }
  }
  if (accepted.length === 0) return outcomes;

  const day = today();
  const stored = accepted.map((i) => batch[i] as Submission);
  await tx.insert(responses).values(
    stored.map((item) => ({
      orgId,
      waveId: item.waveId,
      perspective: item.perspective,
      teamId: item.link.teamId,
      submittedOn: day,
      answers: item.answers,
    })),
  );
  await addToTallies(
    tx,
    stored.map((item) => ({
      orgId,
      waveId: item.waveId,
      teamId: item.link.teamId,
      perspective: item.perspective,
      tally: item.tally,
    })),
  );
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
