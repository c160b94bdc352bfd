import { and, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../db/tenant.ts';
import { measurementWaves, responses } from './table.ts';
import { loadTallies } from './tallies.ts';

/**
 * Erases the answers of waves that closed more than `days` ago. The tallies stay, so scores, the
 * comparison with the 0-meting and the network figures stay too; the open answers go. Each wave's
 * tallies are checked against its responses first (rebuilt once if they differ), because after
 * this they are the only record. Runs across organisations, in the retention job's transaction.
 */
/** Answers how many waves' answers it erased. */
export async function eraseAnswersOfClosedWaves(tx: Tx, days: number): Promise<number> {
  const due = await tx
    .select()
    .from(measurementWaves)
    .where(
      and(
        isNull(measurementWaves.answersRemovedOn),
        lt(
          sql`coalesce(${measurementWaves.closedAt}, (${measurementWaves.closesOn} + 1)::timestamptz)`,
          sql`now() - make_interval(days => ${days})`,
        ),
      ),
    );
  if (due.length === 0) return 0;
  for (const wave of due) await loadTallies(tx, wave.orgId, wave);
  const ids = due.map((wave) => wave.id);
  await tx.update(responses).set({ answers: {} }).where(inArray(responses.waveId, ids));
  await tx
    .update(measurementWaves)
    .set({ answersRemovedOn: sql`current_date` })
    .where(inArray(measurementWaves.id, ids));
  return due.length;
}
