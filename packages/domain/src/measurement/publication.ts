/**
 * A wave's published results: worked out once, when the wave closes, over every view at once, and
 * stored with the wave. Every page, export, report, comparison and network figure reads this one
 * document, so no two views of a wave can be combined into more than it publishes, and nothing done
 * afterwards (deleting a team, erasing the answers) changes its groups.
 */
import {
  type DisclosureCell,
  findDerivableSmallGroup,
  type HiddenReason,
  suppressLinkedGroups,
  type Visibility,
} from './disclosure.ts';
import type { Perspective } from './instrument.ts';
import type { PublishedItem } from './item-results.ts';
import { estimateShares, type ShareEstimate, substantiveOptions } from './randomized-response.ts';
import type { CellTally, ItemRef, TalliedCell } from './tally.ts';
import { likertItemsOf } from './tally.ts';

export type PublishedScale =
  | { n: number; mean: number | null; dontKnowShare: number | null }
  | { hidden: HiddenReason };

export type PublishedGroup = {
  /** `total`, `team:<team id or "none">` or `perspective:<perspective>`. */
  id: string;
  kind: 'total' | 'team' | 'perspective';
  /** For a team: its id (null: no team) and its name when the wave closed. */
  teamId?: string | null;
  label?: string;
  perspective?: Perspective;
  /** The cells (team|perspective) it adds up: the structure the disclosure check works on. */
  cells: string[];
  /** People in the group as declared before they were asked (the sum over its cells). */
  declared: number;
  /** Some answers came through a shared link: whoever holds one can answer more than once. */
  viaSharedLink: boolean;
  visibility: Visibility;
  /** Responses, when visible. */
  n?: number;
  /** Per scale asked in the group, when visible. */
  scales: Record<string, PublishedScale>;
  /** Per Likert item asked in the group, when visible (item-results.ts; absent in older publications). */
  items?: Record<string, PublishedItem>;
};

export type PublishedSensitive =
  | { itemKey: string; visible: false }
  | { itemKey: string; visible: true; n: number; shares: Record<string, ShareEstimate> };

export type PublishedWave = {
  version: 1;
  thresholds: { minCell: number; minSensitiveCell: number };
  /** Scale of the Laplace noise on each published sum of scores (one person moves a sum by at most 4). */
  noiseScale: number;
  groups: PublishedGroup[];
  sensitive: PublishedSensitive[];
  /** Open answers are shown (shuffled, without group) only from enough invitation responses. */
  openAnswers: { visible: boolean };
};

/** One person's score moves a scale's sum by at most 4 (from 1 to 5): noise of scale 2 is ε = 2. */
export const sumNoiseScale = 2;

/** A cell of the wave: one team (or none) in one perspective, with what its answers add up to. */
export type WaveCell = TalliedCell & { declared: number; viaSharedLink: boolean };

export const cellKeyOf = (cell: { teamId: string | null; perspective: string }) =>
  `${cell.teamId ?? ''}|${cell.perspective}`;

/** Laplace noise from a uniform number in (0, 1) (inverse of its distribution function). */
export function laplace(uniform: number, scale: number): number {
  const u = Math.min(Math.max(uniform, 1e-12), 1 - 1e-12) - 0.5;
  if (u === 0) return 0;
  return -scale * Math.sign(u) * Math.log(1 - 2 * Math.abs(u));
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

type Tallied = { n: number; sum: number; offered: number; dontKnows: number };

function addScale(cells: readonly WaveCell[], scaleKey: string): Tallied {
  const out: Tallied = { n: 0, sum: 0, offered: 0, dontKnows: 0 };
  for (const cell of cells) {
    const s = cell.tally.scales[scaleKey];
    if (!s) continue;
    out.n += s.n;
    out.sum += s.sum;
    out.offered += s.offered;
    out.dontKnows += s.dontKnows;
  }
  return out;
}

/**
 * Works out the published results of a closed wave.
 * - Headcounts: one suppression pattern over the total, every team and every perspective together
 *   (`suppressLinkedGroups`), so that no group under `minCell` can be derived from any mix of views.
 * - Per scale: the same, counting people with a score, starting from the groups hidden by headcount.
 * - Means carry noise of scale `sumNoiseScale` on their sums, drawn once (`uniform` answers the same
 *   number for the same key): one joiner, leaver or known answer cannot be read off a difference.
 * - Sensitive questions: for the whole wave only, from `minSensitiveCell` answers, as estimates from
 *   randomized answers (see randomized-response.ts); never exact counts.
 */
export function publishWave(input: {
  scales: ReadonlyArray<{ key: string }>;
  items: readonly ItemRef[];
  cells: readonly WaveCell[];
  teamLabels: ReadonlyMap<string, string>;
  thresholds: { minCell: number; minSensitiveCell: number };
  invitationResponses: number;
  uniform: (key: string) => number;
}): PublishedWave {
  const { scales, items, thresholds, uniform } = input;
  const cells = input.cells.filter((cell) => cell.tally.responses > 0);
  const byKey = new Map(cells.map((cell) => [cellKeyOf(cell), cell]));

  type Draft = Omit<PublishedGroup, 'visibility' | 'scales' | 'n'>;
  const draft = (
    id: string,
    kind: PublishedGroup['kind'],
    members: WaveCell[],
    extra: Partial<Draft>,
  ): Draft => ({
    id,
    kind,
    ...extra,
    cells: members.map(cellKeyOf).sort(),
    declared: members.reduce((sum, cell) => sum + cell.declared, 0),
    viaSharedLink: members.some((cell) => cell.viaSharedLink),
  });
  const teamKeys = [...new Set(cells.map((cell) => cell.teamId ?? ''))].sort();
  const perspectiveKeys = [...new Set(cells.map((cell) => cell.perspective))].sort();
  const total = draft('total', 'total', cells, {});
  const groups: Draft[] = [
    ...teamKeys.map((teamKey) =>
      draft(
        `team:${teamKey || 'none'}`,
        'team',
        cells.filter((cell) => (cell.teamId ?? '') === teamKey),
        { teamId: teamKey || null, ...(teamKey ? { label: input.teamLabels.get(teamKey) ?? '' } : {}) },
      ),
    ),
    ...perspectiveKeys.map((perspective) =>
      draft(
        `perspective:${perspective}`,
        'perspective',
        cells.filter((cell) => cell.perspective === perspective),
        { perspective },
      ),
    ),
  ];

  const headcount = suppressLinkedGroups({
    cells: cells.map((cell) => ({ key: cellKeyOf(cell), weight: cell.tally.responses })),
    total,
    groups,
    threshold: thresholds.minCell,
  });
  const hiddenByHeadcount = new Set(groups.filter((g) => !headcount.get(g.id)?.visible).map((g) => g.id));

  // Per scale: the cells that were asked it, the people with a score, and what may be shown.
  const scalePatterns = new Map(
    scales.map((scale) => {
      const asked = cells.filter((cell) => (cell.tally.scales[scale.key]?.offered ?? 0) > 0);
      const askedKeys = new Set(asked.map(cellKeyOf));
      const restrict = (group: Draft) => ({
        id: group.id,
        cells: group.cells.filter((key) => askedKeys.has(key)),
      });
      const scaleGroups = groups.map(restrict).filter((group) => group.cells.length > 0);
      const pattern = suppressLinkedGroups({
        cells: asked.map((cell) => ({ key: cellKeyOf(cell), weight: cell.tally.scales[scale.key]?.n ?? 0 })),
        total: restrict(total),
        groups: scaleGroups,
        threshold: thresholds.minCell,
        hiddenFirst: hiddenByHeadcount,
      });
      return [scale.key, { askedKeys, pattern }] as const;
    }),
  );

  const dontKnowNoise = (scaleKey: string) => likertItemsOf(items, scaleKey).length / 2;
  const figures = (group: Draft): Record<string, PublishedScale> => {
    const out: Record<string, PublishedScale> = {};
    for (const scale of scales) {
      const { askedKeys, pattern } = scalePatterns.get(scale.key) ?? {
        askedKeys: new Set<string>(),
        pattern: new Map(),
      };
      const members = group.cells.filter((key) => askedKeys.has(key));
      if (members.length === 0) continue;
      const shown = pattern.get(group.id);
      if (!shown?.visible) {
        out[scale.key] = { hidden: shown?.reason ?? 'tooFew' };
        continue;
      }
      const t = addScale(
        members.map((key) => byKey.get(key)).filter((cell): cell is WaveCell => !!cell),
        scale.key,
      );
      // The same cells always get the same noise: a group shown in two views is one figure.
      const noiseKey = `${scale.key}|${members.join(',')}`;
      out[scale.key] = {
        n: t.n,
        mean:
          t.n === 0
            ? null
            : round1(clamp((t.sum + laplace(uniform(`sum|${noiseKey}`), sumNoiseScale)) / t.n, 1, 5)),
        dontKnowShare:
          t.offered === 0
            ? null
            : round2(
                clamp(
                  (t.dontKnows + laplace(uniform(`dontKnow|${noiseKey}`), dontKnowNoise(scale.key))) /
                    t.offered,
                  0,
                  1,
                ),
              ),
      };
    }
    return out;
  };
  const finish = (group: Draft): PublishedGroup => {
    const visibility = headcount.get(group.id) ?? { visible: false, reason: 'tooFew' };
    if (!visibility.visible) return { ...group, visibility, scales: {} };
    const n = group.cells.reduce((sum, key) => sum + (byKey.get(key)?.tally.responses ?? 0), 0);
    return { ...group, visibility, n, scales: figures(group) };
  };

  const all = cells.reduce<CellTally['sensitive']>((sum, cell) => {
    for (const [itemKey, counts] of Object.entries(cell.tally.sensitive)) {
      const merged = { ...sum[itemKey] };
      for (const [option, count] of Object.entries(counts)) merged[option] = (merged[option] ?? 0) + count;
      sum[itemKey] = merged;
    }
    return sum;
  }, {});
  const sensitive = items
    .filter((item) => item.kind === 'sensitive')
    .map((item): PublishedSensitive => {
      const estimate = estimateShares(all[item.key] ?? {}, substantiveOptions(item.options ?? []));
      return estimate.n < thresholds.minSensitiveCell
        ? { itemKey: item.key, visible: false }
        : { itemKey: item.key, visible: true, ...estimate };
    });

  return {
    version: 1,
    thresholds,
    noiseScale: sumNoiseScale,
    groups: [finish(total), ...groups.map(finish)],
    sensitive,
    openAnswers: { visible: input.invitationResponses >= thresholds.minSensitiveCell },
  };
}

/**
 * Checks a published wave against its cells: for headcounts and for each scale, whether any group
 * under the threshold can be derived from everything it shows. Answers what it found (nothing, for
 * a correct publication); the publisher runs it on its own result, and the tests on generated waves.
 */
export function auditPublishedWave(
  published: PublishedWave,
  cells: readonly TalliedCell[],
  scaleKeys: readonly string[],
): Array<{ family: string; cells: string[]; weight: number }> {
  const threshold = published.thresholds.minCell;
  const leaks: Array<{ family: string; cells: string[]; weight: number }> = [];
  const audit = (
    family: string,
    weights: DisclosureCell[],
    shown: PublishedGroup[],
    restrict: (keys: string[]) => string[],
  ) => {
    const leak = findDerivableSmallGroup(
      weights,
      shown.map((group) => ({ id: group.id, cells: restrict(group.cells) })),
      threshold,
    );
    if (leak) leaks.push({ family, ...leak });
  };
  const present = cells.filter((cell) => cell.tally.responses > 0);
  const visible = published.groups.filter((group) => group.visibility.visible);
  audit(
    'responses',
    present.map((cell) => ({ key: cellKeyOf(cell), weight: cell.tally.responses })),
    visible,
    (keys) => keys,
  );
  for (const scaleKey of scaleKeys) {
    const asked = present.filter((cell) => (cell.tally.scales[scaleKey]?.offered ?? 0) > 0);
    const askedKeys = new Set(asked.map(cellKeyOf));
    audit(
      `scale:${scaleKey}`,
      asked.map((cell) => ({ key: cellKeyOf(cell), weight: cell.tally.scales[scaleKey]?.n ?? 0 })),
      visible.filter((group) => {
        const figure = group.scales[scaleKey];
        return figure !== undefined && !('hidden' in figure);
      }),
      (keys) => keys.filter((key) => askedKeys.has(key)),
    );
  }
  return leaks;
}
