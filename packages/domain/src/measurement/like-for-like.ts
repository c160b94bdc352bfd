/**
 * Comparing two waves like for like. A 0-meting asked of staff only and a later wave asked of four
 * perspectives are not two measurements of one organisation: a "whole organisation" mean moves just
 * because other people answered. So a comparison says who took part in each wave, and compares per
 * perspective, only the scales and items both waves' instrument versions share and both asked of that
 * perspective. Everything else is listed as not comparable, with why.
 */
import type { Perspective } from './instrument.ts';
import type { PublishedWave } from './publication.ts';

type InstrumentShape = {
  scales: ReadonlyArray<{ key: string }>;
  items: ReadonlyArray<{ key: string; scaleKey: string; kind: string; perspectives: readonly Perspective[] }>;
};

export type WaveSide = { published: PublishedWave; instrument: InstrumentShape };

export type Participants = {
  perspectives: Perspective[];
  /** Team names as each wave published them (null: people without a team). */
  teams: Array<string | null>;
};

export type LikeForLikeRow = {
  perspective: Perspective;
  kind: 'scale' | 'item';
  key: string;
  baseline: number | null;
  later: number | null;
  /** later − baseline, one decimal; null when either figure is hidden. */
  difference: number | null;
};

export type NotComparable = {
  kind: 'perspective' | 'scale' | 'item';
  key: string;
  /** For a scale or item: the perspective it is not comparable for (absent: not in both versions). */
  perspective?: Perspective;
  reason: 'onlyOneWave' | 'notInBothVersions' | 'notAskedInBoth';
};

export type LikeForLikeComparison = {
  participants: { baseline: Participants; later: Participants };
  sharedPerspectives: Perspective[];
  rows: LikeForLikeRow[];
  notComparable: NotComparable[];
};

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Who took part: the perspectives and teams the wave published a group for (shown or hidden). */
export function participantsOf(published: PublishedWave): Participants {
  const perspectives = published.groups.flatMap((g) =>
    g.kind === 'perspective' && g.perspective ? [g.perspective] : [],
  );
  const teams = published.groups.flatMap((g) =>
    g.kind === 'team' ? [g.teamId ? (g.label ?? '') : null] : [],
  );
  return { perspectives, teams };
}

/** The Likert items of an instrument a perspective is asked, by key. */
const likertItemsFor = (instrument: InstrumentShape, perspective: Perspective) =>
  instrument.items.filter((item) => item.kind === 'likert' && item.perspectives.includes(perspective));

function figureOf(published: PublishedWave, perspective: Perspective, kind: 'scale' | 'item', key: string) {
  const group = published.groups.find((g) => g.kind === 'perspective' && g.perspective === perspective);
  if (!group?.visibility.visible) return null;
  const figure = kind === 'scale' ? group.scales[key] : group.items?.[key];
  return figure && !('hidden' in figure) ? figure.mean : null;
}

/** The like-for-like comparison of a later wave with an earlier one (the 0-meting). */
export function compareLikeForLike(baseline: WaveSide, later: WaveSide): LikeForLikeComparison {
  const before = participantsOf(baseline.published);
  const after = participantsOf(later.published);
  const shared = before.perspectives.filter((p) => after.perspectives.includes(p));
  const notComparable: NotComparable[] = [
    ...[...new Set([...before.perspectives, ...after.perspectives])]
      .filter((p) => !shared.includes(p))
      .map((key): NotComparable => ({ kind: 'perspective', key, reason: 'onlyOneWave' })),
  ];

  const keysOf = (side: WaveSide, kind: 'scale' | 'item') =>
    kind === 'scale'
      ? side.instrument.scales.map((s) => s.key)
      : side.instrument.items.filter((i) => i.kind === 'likert').map((i) => i.key);
  const rows: LikeForLikeRow[] = [];
  for (const kind of ['scale', 'item'] as const) {
    const ours = keysOf(baseline, kind);
    const theirs = keysOf(later, kind);
    const common = ours.filter((key) => theirs.includes(key));
    for (const key of [...new Set([...ours, ...theirs])].filter((k) => !common.includes(k)))
      notComparable.push({ kind, key, reason: 'notInBothVersions' });
    for (const perspective of shared) {
      const askedIn = (side: WaveSide) =>
        new Set(
          likertItemsFor(side.instrument, perspective).map((item) =>
            kind === 'scale' ? item.scaleKey : item.key,
          ),
        );
      const askedBefore = askedIn(baseline);
      const askedAfter = askedIn(later);
      for (const key of common) {
        if (!askedBefore.has(key) && !askedAfter.has(key)) continue;
        if (!askedBefore.has(key) || !askedAfter.has(key)) {
          notComparable.push({ kind, key, perspective, reason: 'notAskedInBoth' });
          continue;
        }
        const b = figureOf(baseline.published, perspective, kind, key);
        const l = figureOf(later.published, perspective, kind, key);
        rows.push({
          perspective,
          kind,
          key,
          baseline: b,
          later: l,
          difference: b === null || l === null ? null : round1(l - b),
        });
      }
    }
  }
  return {
    participants: { baseline: before, later: after },
    sharedPerspectives: shared,
    rows,
    notComparable,
  };
}
