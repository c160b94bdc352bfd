import { minimumCellSize, minimumSensitiveCellSize } from './anonymity.ts';

/** The 0-meting (baseline) and every later wave. */
export const waveKinds = ['baseline', 'followUp'] as const;
export type WaveKind = (typeof waveKinds)[number];

export type WaveStatus = 'scheduled' | 'open' | 'closed';

/**
 * Where a wave stands on a given day (YYYY-MM-DD): answers are taken from its first to its last day,
 * unless it was closed early. Scores are only shown once it is closed.
 */
export function computeWaveStatus(
  wave: { opensOn: string; closesOn: string; closedAt: Date | null },
  today: string,
): WaveStatus {
  if (wave.closedAt !== null || today > wave.closesOn) return 'closed';
  return today < wave.opensOn ? 'scheduled' : 'open';
}

/** Whether a wave takes no more answers today: closed early, or past its last day. */
export const isWaveClosed = (
  wave: { opensOn: string; closesOn: string; closedAt: Date | null },
  today: string,
) => computeWaveStatus(wave, today) === 'closed';

/** The thresholds a new wave starts with: never below the privacy rules' minimums. */
export const defaultThresholds = { minCell: minimumCellSize, minSensitiveCell: minimumSensitiveCellSize };
