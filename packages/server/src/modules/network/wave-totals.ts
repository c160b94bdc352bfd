import { buildWaveResults, computeWaveStatus } from '@derde-bron/domain';
import type { Tx } from '../../db/tenant.ts';
import { loadTallies } from '../measurement/tallies.ts';
import { instrumentOf, today, type WaveRow } from '../measurement/waves.ts';

/** A closed wave's whole-organisation scale means, as the results page shows them (null = hidden). */
export type WaveTotals = {
  responseCount: number;
  /** False when the wave has fewer responses than its threshold: then no scale is shown. */
  totalVisible: boolean;
  scales: Record<string, { mean: number | null; n: number } | null>;
};

export const isClosed = (wave: Pick<WaveRow, 'opensOn' | 'closesOn' | 'closedAt'>) =>
  computeWaveStatus(wave, today()) === 'closed';

/**
 * A closed wave takes no more answers, so its totals never change: they are computed once per
 * process through the same rules as the results page (buildWaveResults with the wave's own
 * thresholds, from the tallies kept with the responses), and only the shown means are kept. Shared by the network figures and the reports.
 */
const cache = new Map<string, WaveTotals>();
const cacheLimit = 20_000;

export function forgetWaveTotals(waveIds: readonly string[]) {
  for (const id of waveIds) cache.delete(id);
}

/** The kept totals of a closed wave, if this process has worked them out already. */
export const keptWaveTotals = (waveId: string) => cache.get(waveId);

/** Inside the wave's own tenant transaction: the tallies kept with its responses, through the results rules. */
export async function closedWaveTotals(tx: Tx, wave: WaveRow): Promise<WaveTotals> {
  if (!isClosed(wave)) throw new Error('totals are only computed for closed waves');
  const hit = cache.get(wave.id);
  if (hit) return hit;
  const instrument = instrumentOf(wave);
  const cells = await loadTallies(tx, wave.orgId, wave);
  const results = buildWaveResults({
    scales: instrument.scales,
    items: instrument.items,
    cells,
    breakdown: 'none',
    thresholds: { minCell: wave.minCell, minSensitiveCell: wave.minSensitiveCell },
  });
  const total = results.total;
  const totals: WaveTotals = {
    responseCount: cells.reduce((sum, cell) => sum + cell.tally.responses, 0),
    totalVisible: total.visible,
    scales: Object.fromEntries(
      instrument.scales.map((scale) => {
        const summary = total.visible ? total.scales[scale.key] : undefined;
        return [scale.key, summary && 'mean' in summary ? { mean: summary.mean, n: summary.n } : null];
      }),
    ),
  };
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string);
  cache.set(wave.id, totals);
  return totals;
}
