import {
  buildWaveResults,
  computeWaveStatus,
  type Perspective,
  type ResponseAnswers,
} from '@derde-bron/domain';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tenant.ts';
import { responses } from '../measurement/table.ts';
import { instruments, today, type WaveRow } from '../measurement/waves.ts';

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
 * thresholds), and only the shown means are kept. Shared by the network figures and the reports.
 */
const cache = new Map<string, WaveTotals>();
const cacheLimit = 20_000;

export function forgetWaveTotals(waveIds: readonly string[]) {
  for (const id of waveIds) cache.delete(id);
}

export async function closedWaveTotals(db: Db | Tx, wave: WaveRow): Promise<WaveTotals> {
  if (!isClosed(wave)) throw new Error('totals are only computed for closed waves');
  const hit = cache.get(wave.id);
  if (hit) return hit;
  const instrument = instruments.get(wave.instrumentVersion);
  if (!instrument) throw new Error(`instrument version ${wave.instrumentVersion} is not bundled`);
  const rows = await db
    .select({ teamId: responses.teamId, perspective: responses.perspective, answers: responses.answers })
    .from(responses)
    .where(and(eq(responses.orgId, wave.orgId), eq(responses.waveId, wave.id)));
  const results = buildWaveResults({
    scales: instrument.scales,
    items: instrument.items,
    responses: rows.map((row) => ({
      teamId: row.teamId,
      perspective: row.perspective as Perspective,
      answers: row.answers as ResponseAnswers,
    })),
    breakdown: 'none',
    thresholds: { minCell: wave.minCell, minSensitiveCell: wave.minSensitiveCell },
  });
  const total = results.total;
  const totals: WaveTotals = {
    responseCount: rows.length,
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
