import { buildWaveResults, computeWaveStatus } from '@derde-bron/domain';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/tenant.ts';
import { measurementWaves } from '../measurement/table.ts';
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
 * A link may still be read from another instance's short-lived cache this long after its wave
 * closed (see `linkCache`), so totals are stored only once the wave has been closed longer.
 */
const settleMs = 60_000;

function settled(wave: Pick<WaveRow, 'closesOn' | 'closedAt'>): boolean {
  const closedAt = wave.closedAt?.getTime() ?? Date.parse(`${wave.closesOn}T00:00:00Z`) + 86_400_000;
  return Date.now() - closedAt > settleMs;
}

/**
 * A closed wave's totals, through the same rules as the results page (buildWaveResults with the
 * wave's own thresholds, from its tallies); only the shown means are kept. A closed wave takes no
 * more answers, so they are worked out once and stored with the wave, for every instance and
 * restart. Inside the wave's own tenant transaction. Shared by the network figures, the reports
 * and the export.
 */
export async function closedWaveTotals(tx: Tx, wave: WaveRow): Promise<WaveTotals> {
  if (!isClosed(wave)) throw new Error('totals are only computed for closed waves');
  if (wave.closedTotals) return wave.closedTotals;
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
  if (settled(wave))
    await tx
      .update(measurementWaves)
      .set({ closedTotals: totals })
      .where(and(eq(measurementWaves.orgId, wave.orgId), eq(measurementWaves.id, wave.id)));
  return totals;
}
