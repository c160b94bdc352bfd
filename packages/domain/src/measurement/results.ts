import { type HiddenReason, suppressBreakdown } from './anonymity.ts';
import type { Perspective, ResponseAnswers } from './instrument.ts';
import { type ScaleSummary, summaryFromTally } from './scoring.ts';
import {
  addCellTallies,
  type CellTally,
  emptyCellTally,
  emptyScaleTally,
  type ItemRef,
  type TalliedCell,
} from './tally.ts';

export const breakdowns = ['none', 'team', 'perspective'] as const;
export type Breakdown = (typeof breakdowns)[number];

export type StoredResponse = { teamId: string | null; perspective: Perspective; answers: ResponseAnswers };
type Scale = { key: string };

export type Cell =
  | { visible: true; n: number; scales: Record<string, ScaleSummary | { hidden: HiddenReason }> }
  | { visible: false; reason: HiddenReason };

export type WaveResults = {
  breakdown: Breakdown;
  total: Cell;
  groups: Array<{ key: string; cell: Cell }>;
  /** Sensitive items, for the whole wave only, under the higher threshold. */
  sensitive: Array<
    { itemKey: string } & ({ visible: true; n: number; counts: Record<string, number> } | { visible: false })
  >;
};

const groupKeyOf = (breakdown: Breakdown, cell: TalliedCell) =>
  breakdown === 'team' ? (cell.teamId ?? 'noTeam') : cell.perspective;

/**
 * A closed wave's results with every anonymity rule applied, for one predefined breakdown at a
 * time, from its tallies per team and perspective (see tally.ts). First the groups are suppressed
 * by headcount; then, per scale, again by the number of people with a score on that scale, starting
 * from the groups already hidden, so that no hidden group's scale can be recovered from the total
 * and the shown groups either.
 */
export function buildWaveResults(input: {
  scales: readonly Scale[];
  items: readonly ItemRef[];
  cells: readonly TalliedCell[];
  breakdown: Breakdown;
  thresholds: { minCell: number; minSensitiveCell: number };
}): WaveResults {
  const { scales, items, cells, breakdown, thresholds } = input;
  const summariesOf = (tally: CellTally) =>
    Object.fromEntries(
      scales.map((scale) => [scale.key, summaryFromTally(tally.scales[scale.key] ?? emptyScaleTally())]),
    );

  const all = cells.reduce((sum, cell) => addCellTallies(sum, cell.tally), emptyCellTally());
  const totalScales = summariesOf(all);
  const total: Cell =
    all.responses < thresholds.minCell
      ? { visible: false, reason: 'totalTooSmall' }
      : {
          visible: true,
          n: all.responses,
          scales: Object.fromEntries(
            Object.entries(totalScales).map(([key, summary]) => [
              key,
              summary.n < thresholds.minCell ? { hidden: 'tooFew' as const } : summary,
            ]),
          ),
        };

  const byGroup = new Map<string, CellTally>();
  if (breakdown !== 'none') {
    for (const cell of cells) {
      const key = groupKeyOf(breakdown, cell);
      byGroup.set(key, addCellTallies(byGroup.get(key) ?? emptyCellTally(), cell.tally));
    }
  }
  const groupScales = new Map([...byGroup].map(([key, tally]) => [key, summariesOf(tally)]));
  const headcount = suppressBreakdown(
    [...byGroup].map(([key, tally]) => ({ key, n: tally.responses })),
    thresholds.minCell,
  );
  const hiddenByHeadcount = headcount.hidden.map((h) => h.key);
  const perScale = new Map(
    scales.map((scale) => [
      scale.key,
      suppressBreakdown(
        [...groupScales].map(([key, summaries]) => ({ key, n: summaries[scale.key]?.n ?? 0 })),
        thresholds.minCell,
        hiddenByHeadcount,
      ),
    ]),
  );

  const groups = [...byGroup.keys()].sort().map((key): { key: string; cell: Cell } => {
    const hidden = headcount.hidden.find((h) => h.key === key);
    if (hidden || !total.visible)
      return { key, cell: { visible: false, reason: hidden?.reason ?? 'totalTooSmall' } };
    const summaries = groupScales.get(key) ?? {};
    return {
      key,
      cell: {
        visible: true,
        n: byGroup.get(key)?.responses ?? 0,
        scales: Object.fromEntries(
          scales.map((scale) => {
            const scaleHidden = perScale.get(scale.key)?.hidden.find((h) => h.key === key);
            const summary = summaries[scale.key];
            return [
              scale.key,
              scaleHidden || !summary ? { hidden: scaleHidden?.reason ?? ('tooFew' as const) } : summary,
            ];
          }),
        ),
      },
    };
  });

  const sensitive = items
    .filter((item) => item.kind === 'sensitive')
    .map((item) => {
      const answered = all.sensitive[item.key] ?? {};
      const n = Object.values(answered).reduce((sum, count) => sum + count, 0);
      if (n < thresholds.minSensitiveCell) return { itemKey: item.key, visible: false as const };
      const counts = Object.fromEntries((item.options ?? []).map((option) => [option.key, 0]));
      for (const [option, count] of Object.entries(answered)) counts[option] = (counts[option] ?? 0) + count;
      return { itemKey: item.key, visible: true as const, n, counts };
    });

  return { breakdown, total, groups, sensitive };
}
