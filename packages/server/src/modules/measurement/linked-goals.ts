import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/tenant.ts';
import { listGoalsFromResults } from '../roadmap/index.ts';
import { measurementWaves } from './table.ts';
import type { WaveRow } from './waves.ts';

/**
 * The goals made from results of this wave or of an earlier one ("wat we deden, en hielp het?"):
 * beside an item, a later wave shows what was done about it, its status and the latest "doel
 * behaald?" (the goal's own `achieved`). Goals from later waves are not this wave's story.
 */
export async function linkedGoals(tx: Tx, wave: WaveRow) {
  const goals = await listGoalsFromResults(tx, wave.orgId);
  const waveIds = [...new Set(goals.flatMap((goal) => (goal.sourceWaveId ? [goal.sourceWaveId] : [])))];
  if (waveIds.length === 0) return [];
  const sources = await tx
    .select({
      id: measurementWaves.id,
      title: measurementWaves.title,
      opensOn: measurementWaves.opensOn,
      createdAt: measurementWaves.createdAt,
    })
    .from(measurementWaves)
    .where(and(eq(measurementWaves.orgId, wave.orgId), inArray(measurementWaves.id, waveIds)));
  const byId = new Map(sources.map((source) => [source.id, source]));
  return goals.flatMap((goal) => {
    const source = goal.sourceWaveId ? byId.get(goal.sourceWaveId) : undefined;
    if (!source || !goal.sourceItemKey) return [];
    const fromThisWave = source.id === wave.id;
    // Earlier: opened before this wave, or on the same day but planned before it.
    const earlier =
      source.opensOn < wave.opensOn || (source.opensOn === wave.opensOn && source.createdAt < wave.createdAt);
    if (!fromThisWave && !earlier) return [];
    return [
      {
        id: goal.id,
        title: goal.title,
        stepKey: goal.stepKey,
        itemKey: goal.sourceItemKey,
        status: goal.status,
        achieved: goal.achieved,
        deadline: goal.deadline,
        sourceWave: { id: source.id, title: source.title },
        fromThisWave,
      },
    ];
  });
}
