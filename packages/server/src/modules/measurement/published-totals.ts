import { publishedMeans } from '@derde-bron/domain';
import type { WaveRow } from './waves.ts';

/** A published wave's whole-organisation figures, as its results page shows them (null: hidden). */
export type WaveTotals = {
  /** Responses, when the wave's total is shown; null when the wave had too few to show anything. */
  responseCount: number | null;
  totalVisible: boolean;
  scales: Record<string, { mean: number | null; n: number } | null>;
};

/**
 * The totals of a published wave, for the network figures, the reports and the export: read from
 * the published results, never worked out again. Null for a wave not published yet.
 */
export function publishedTotals(wave: Pick<WaveRow, 'published'>): WaveTotals | null {
  if (!wave.published) return null;
  const total = wave.published.groups.find((group) => group.kind === 'total');
  const visible = total?.visibility.visible === true;
  return {
    responseCount: visible ? (total?.n ?? 0) : null,
    totalVisible: visible,
    scales: publishedMeans(wave.published),
  };
}
