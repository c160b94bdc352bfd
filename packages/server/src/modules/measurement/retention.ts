import { and, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../db/tenant.ts';
import { measurementWaves, responses } from './table.ts';
import { waveClosedAt } from './waves.ts';

/**
 * Erases the answers of published waves that closed more than `days` ago: their response rows are
 * deleted. The published results stay, and they hold nothing finer than the published pattern, so
 * scores, the comparison with the 0-meting and the network figures stay too; the open answers go.
 * Runs across organisations, in the retention job's transaction. Answers how many waves it erased.
 */
export async function eraseAnswersOfClosedWaves(tx: Tx, days: number): Promise<number> {
  const due = await tx
    .select({ id: measurementWaves.id })
    .from(measurementWaves)
    .where(
      and(
        isNull(measurementWaves.answersRemovedOn),
        isNotNull(measurementWaves.published),
        lt(waveClosedAt, sql`now() - make_interval(days => ${days})`),
      ),
    );
  if (due.length === 0) return 0;
  const ids = due.map((wave) => wave.id);
  await tx.delete(responses).where(inArray(responses.waveId, ids));
  await tx
    .update(measurementWaves)
    .set({ answersRemovedOn: sql`current_date` })
    .where(inArray(measurementWaves.id, ids));
  return due.length;
}
