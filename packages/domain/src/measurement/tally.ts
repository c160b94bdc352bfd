/**
 * Tallies: what a group of responses adds up to. Results need only sums and counts, so a response is
 * turned into its tally once, when it is stored, and results add tallies up instead of reading every
 * response again. A tally holds nothing about any one respondent that the results would not show.
 */
import {
  dontKnow,
  isLikertValue,
  type LikertValue,
  type Perspective,
  type ResponseAnswers,
} from './instrument.ts';
import type { InstrumentItem, InstrumentScale } from './schema.ts';

type ScaleRef = Pick<InstrumentScale, 'key'>;
export type ItemRef = Pick<InstrumentItem, 'key' | 'scaleKey' | 'kind'> & {
  reverse?: boolean;
  options?: ReadonlyArray<{ key: string }>;
};

export type ScaleTally = {
  /** Respondents with a score on the scale (the half-answered rule). */
  n: number;
  /** The sum of those respondents' scores. */
  sum: number;
  /** Respondents per score rounded to a whole number (halves round up: 2.5 → 3). */
  distribution: Record<LikertValue, number>;
  /** Likert answers the scale received, counted or not, and how many of them were "weet ik niet". */
  offered: number;
  dontKnows: number;
};

export type CellTally = {
  responses: number;
  scales: Record<string, ScaleTally>;
  /** Sensitive items: respondents per chosen option. */
  sensitive: Record<string, Record<string, number>>;
};

/** The tally of the responses given in one team and perspective: the finest grain results use. */
export type TalliedCell = { teamId: string | null; perspective: Perspective; tally: CellTally };

export const emptyScaleTally = (): ScaleTally => ({
  n: 0,
  sum: 0,
  distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
  offered: 0,
  dontKnows: 0,
});

export const emptyCellTally = (): CellTally => ({ responses: 0, scales: {}, sensitive: {} });

/** Each item list's Likert items per scale, worked out once: a wave can hold tens of thousands of responses. */
const likertItemsByScale = new WeakMap<readonly ItemRef[], Map<string, ItemRef[]>>();
export function likertItemsOf(items: readonly ItemRef[], scaleKey: string): ItemRef[] {
  let byScale = likertItemsByScale.get(items);
  if (!byScale) {
    byScale = new Map();
    for (const item of items) {
      if (item.kind !== 'likert') continue;
      byScale.set(item.scaleKey, [...(byScale.get(item.scaleKey) ?? []), item]);
    }
    likertItemsByScale.set(items, byScale);
  }
  return byScale.get(scaleKey) ?? [];
}

/**
 * One respondent's score on a scale: the mean of their answered Likert items (1..5), reverse-worded
 * items counted as 6 − answer, "weet ik niet" left out. `null` when they answered fewer than half of
 * the scale's items they were offered: then they do not count for this scale. A valid response holds
 * every Likert item of its perspective, so "offered" is "present in the answers".
 */
export function scoreScale(
  answers: ResponseAnswers,
  scale: ScaleRef,
  items: readonly ItemRef[],
): number | null {
  return scoreOffered(answers, offeredItems(answers, scale, items));
}

function offeredItems(answers: ResponseAnswers, scale: ScaleRef, items: readonly ItemRef[]) {
  return likertItemsOf(items, scale.key).filter((item) => Object.hasOwn(answers, item.key));
}

function scoreOffered(answers: ResponseAnswers, offered: readonly ItemRef[]): number | null {
  const scores = offered.flatMap((item) => {
    const answer = answers[item.key];
    return isLikertValue(answer) ? [item.reverse ? 6 - answer : answer] : [];
  });
  // The half-answered rule: 2 of 4 counts, 2 of 5 does not.
  if (scores.length === 0 || scores.length * 2 < offered.length) return null;
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

/** One respondent's contribution to a scale's tally. */
export function tallyScale(answers: ResponseAnswers, scale: ScaleRef, items: readonly ItemRef[]): ScaleTally {
  const tally = emptyScaleTally();
  const offered = offeredItems(answers, scale, items);
  tally.offered = offered.length;
  tally.dontKnows = offered.filter((item) => answers[item.key] === dontKnow).length;
  const score = scoreOffered(answers, offered);
  if (score !== null) {
    tally.n = 1;
    tally.sum = score;
    const bucket = Math.round(score);
    if (isLikertValue(bucket)) tally.distribution[bucket] = 1;
  }
  return tally;
}

export function addScaleTallies(a: ScaleTally, b: ScaleTally): ScaleTally {
  return {
    n: a.n + b.n,
    sum: a.sum + b.sum,
    distribution: {
      1: a.distribution[1] + b.distribution[1],
      2: a.distribution[2] + b.distribution[2],
      3: a.distribution[3] + b.distribution[3],
      4: a.distribution[4] + b.distribution[4],
      5: a.distribution[5] + b.distribution[5],
    },
    offered: a.offered + b.offered,
    dontKnows: a.dontKnows + b.dontKnows,
  };
}

/** One response's tally: a response, its score per scale it was asked, and its sensitive answers. */
export function tallyResponse(
  answers: ResponseAnswers,
  instrument: { scales: readonly ScaleRef[]; items: readonly ItemRef[] },
): CellTally {
  const tally = emptyCellTally();
  tally.responses = 1;
  for (const scale of instrument.scales) {
    const scaleTally = tallyScale(answers, scale, instrument.items);
    if (scaleTally.offered > 0) tally.scales[scale.key] = scaleTally;
  }
  for (const item of instrument.items) {
    const answer = answers[item.key];
    if (item.kind === 'sensitive' && typeof answer === 'string') tally.sensitive[item.key] = { [answer]: 1 };
  }
  return tally;
}

export function addCellTallies(a: CellTally, b: CellTally): CellTally {
  const scales = { ...a.scales };
  for (const [key, tally] of Object.entries(b.scales))
    scales[key] = addScaleTallies(scales[key] ?? emptyScaleTally(), tally);
  const sensitive: CellTally['sensitive'] = { ...a.sensitive };
  for (const [itemKey, counts] of Object.entries(b.sensitive)) {
    const merged = { ...sensitive[itemKey] };
    for (const [option, count] of Object.entries(counts)) merged[option] = (merged[option] ?? 0) + count;
    sensitive[itemKey] = merged;
  }
  return { responses: a.responses + b.responses, scales, sensitive };
}

/** Responses added up per team and perspective. */
export function tallyByCell(
  responses: ReadonlyArray<{ teamId: string | null; perspective: Perspective; answers: ResponseAnswers }>,
  instrument: { scales: readonly ScaleRef[]; items: readonly ItemRef[] },
): TalliedCell[] {
  const cells = new Map<string, TalliedCell>();
  for (const response of responses) {
    const key = `${response.teamId ?? ''}|${response.perspective}`;
    const cell = cells.get(key) ?? {
      teamId: response.teamId,
      perspective: response.perspective,
      tally: emptyCellTally(),
    };
    cell.tally = addCellTallies(cell.tally, tallyResponse(response.answers, instrument));
    cells.set(key, cell);
  }
  return [...cells.values()];
}
