import { type HiddenReason, suppressBreakdown } from './anonymity.ts';
import type { ItemKind, Perspective, ResponseAnswers } from './instrument.ts';
import { type ScaleSummary, summariseScale } from './scoring.ts';

export const breakdowns = ['none', 'team', 'perspective'] as const;
export type Breakdown = (typeof breakdowns)[number];

export type StoredResponse = { teamId: string | null; perspective: Perspective; answers: ResponseAnswers };
type Scale = { key: string };
type Item = {
  key: string;
  scaleKey: string;
  kind: ItemKind;
  reverse?: boolean;
  options?: ReadonlyArray<{ key: string }>;
};

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

const groupKeyOf = (breakdown: Breakdown, response: StoredResponse) =>
  breakdown === 'team' ? (response.teamId ?? 'noTeam') : response.perspective;

/**
 * A closed wave's results with every anonymity rule applied, for one predefined breakdown at a
 * time. First the groups are suppressed by headcount; then, per scale, again by the number of
 * people with a score on that scale, starting from the groups already hidden, so that no hidden
 * group's scale can be recovered from the total and the shown groups either.
 */
export function buildWaveResults(input: {
  scales: readonly Scale[];
  items: readonly Item[];
  responses: readonly StoredResponse[];
  breakdown: Breakdown;
  thresholds: { minCell: number; minSensitiveCell: number };
}): WaveResults {
  const { scales, items, responses, breakdown, thresholds } = input;
  const scalesOf = (group: readonly StoredResponse[]) =>
    Object.fromEntries(
      scales.map((scale) => [
        scale.key,
        summariseScale(
          group.map((r) => r.answers),
          scale,
          items,
        ),
      ]),
    );

  const totalScales = scalesOf(responses);
  const total: Cell =
    responses.length < thresholds.minCell
      ? { visible: false, reason: 'totalTooSmall' }
      : {
          visible: true,
          n: responses.length,
          scales: Object.fromEntries(
            Object.entries(totalScales).map(([key, summary]) => [
              key,
              summary.n < thresholds.minCell ? { hidden: 'tooFew' as const } : summary,
            ]),
          ),
        };

  const byGroup = new Map<string, StoredResponse[]>();
  if (breakdown !== 'none') {
    for (const response of responses) {
      const key = groupKeyOf(breakdown, response);
      const group = byGroup.get(key);
      if (group) group.push(response);
      else byGroup.set(key, [response]);
    }
  }
  const groupScales = new Map([...byGroup].map(([key, group]) => [key, scalesOf(group)]));
  const headcount = suppressBreakdown(
    [...byGroup].map(([key, group]) => ({ key, n: group.length })),
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
        n: byGroup.get(key)?.length ?? 0,
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
      const answered = responses.flatMap((r) =>
        typeof r.answers[item.key] === 'string' ? [String(r.answers[item.key])] : [],
      );
      if (answered.length < thresholds.minSensitiveCell)
        return { itemKey: item.key, visible: false as const };
      const counts = Object.fromEntries((item.options ?? []).map((option) => [option.key, 0]));
      for (const answer of answered) counts[answer] = (counts[answer] ?? 0) + 1;
      return { itemKey: item.key, visible: true as const, n: answered.length, counts };
    });

  return { breakdown, total, groups, sensitive };
}
