import { minimumCellSize, minimumSensitiveCellSize } from './anonymity.ts';

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

/** The thresholds a new wave starts with: never below the privacy rules' minimums. */
export const defaultThresholds = { minCell: minimumCellSize, minSensitiveCell: minimumSensitiveCellSize };
