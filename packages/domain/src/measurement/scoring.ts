/**
 * Scale scores for one respondent, a group and two waves, as pure functions (no zod: see schema.ts).
 * These compute; they do not decide what may be shown. Every result goes through the anonymity rules
 * (anonymity.ts) first, and a summary's `n`, not the number of responses, is what must reach the
 * threshold, since only respondents with a score are in its mean.
 */
import { dontKnow, isLikertValue, type LikertValue, type ResponseAnswers } from './instrument.ts';
import type { InstrumentItem, InstrumentScale } from './schema.ts';

type ScaleRef = Pick<InstrumentScale, 'key'>;
type ItemRef = Pick<InstrumentItem, 'key' | 'scaleKey' | 'kind'> & { reverse?: boolean };

/** Rounds to one decimal, the precision every mean is shown in. */
const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The scale's Likert items this respondent was offered. A valid response holds every Likert item of
 * its perspective (a score or "weet ik niet"), so "offered" is "present in the answers".
 */
function offeredItems(answers: ResponseAnswers, scale: ScaleRef, items: readonly ItemRef[]): ItemRef[] {
  return likertItemsOf(items, scale.key).filter((item) => Object.hasOwn(answers, item.key));
}

/** Each item list's Likert items per scale, worked out once: a wave can hold tens of thousands of responses. */
const likertItemsByScale = new WeakMap<readonly ItemRef[], Map<string, ItemRef[]>>();
function likertItemsOf(items: readonly ItemRef[], scaleKey: string): ItemRef[] {
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
 * the scale's items they were offered: then they do not count for this scale.
 */
export function scoreScale(
  answers: ResponseAnswers,
  scale: ScaleRef,
  items: readonly ItemRef[],
): number | null {
  const offered = offeredItems(answers, scale, items);
  // Answered with 1..5, turned round where the item is worded the other way.
  const scores = offered.flatMap((item) => {
    const answer = answers[item.key];
    return isLikertValue(answer) ? [item.reverse ? 6 - answer : answer] : [];
  });
  // The half-answered rule: 2 of 4 counts, 2 of 5 does not.
  if (scores.length === 0 || scores.length * 2 < offered.length) return null;
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

export type ScaleSummary = {
  /** Respondents with a score on this scale (the half-answered rule), not all responses. */
  n: number;
  /** Mean of the respondents' scores, one decimal; `null` when n is 0. */
  mean: number | null;
  /** Respondents per score rounded to a whole number (halves round up: 2.5 → 3). */
  distribution: Record<LikertValue, number>;
  /**
   * Share (0..1, two decimals) of all answers to the scale's Likert items that were "weet ik niet",
   * over every response, counted or not; `null` when nobody was asked the scale.
   */
  dontKnowShare: number | null;
};

/** The scale's result for a group of responses. */
export function summariseScale(
  responses: readonly ResponseAnswers[],
  scale: ScaleRef,
  items: readonly ItemRef[],
): ScaleSummary {
  const scores = responses.flatMap((answers) => {
    const score = scoreScale(answers, scale, items);
    return score === null ? [] : [score];
  });
  // Each score lands in the bucket of its rounded value; scores stay within 1..5.
  const distribution: Record<LikertValue, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const score of scores) {
    const bucket = Math.round(score);
    if (isLikertValue(bucket)) distribution[bucket] += 1;
  }
  // "Weet ik niet" against every Likert answer the scale received.
  let offered = 0;
  let dontKnows = 0;
  for (const answers of responses) {
    for (const item of offeredItems(answers, scale, items)) {
      offered += 1;
      if (answers[item.key] === dontKnow) dontKnows += 1;
    }
  }
  return {
    n: scores.length,
    mean: scores.length === 0 ? null : round1(scores.reduce((sum, score) => sum + score, 0) / scores.length),
    distribution,
    dontKnowShare: offered === 0 ? null : Math.round((dontKnows / offered) * 100) / 100,
  };
}

/** Every scale's result for a group of responses, by scale key. */
export function summariseScales(
  responses: readonly ResponseAnswers[],
  scales: readonly ScaleRef[],
  items: readonly ItemRef[],
): Record<string, ScaleSummary> {
  return Object.fromEntries(scales.map((scale) => [scale.key, summariseScale(responses, scale, items)]));
}

export type WaveComparison = {
  scaleKey: string;
  baseline: number | null;
  later: number | null;
  /** later − baseline, one decimal; `null` when either wave has no mean for the scale. */
  difference: number | null;
};

/**
 * Per scale, how far the later wave's mean moved from the baseline (0-meting). Uses the shown
 * (rounded) means, so the difference always matches the two numbers beside it. Scales in the
 * baseline come first, in its order, then scales only the later wave has.
 */
export function compareWaves(
  baseline: Readonly<Record<string, Pick<ScaleSummary, 'mean'>>>,
  later: Readonly<Record<string, Pick<ScaleSummary, 'mean'>>>,
): WaveComparison[] {
  const scaleKeys = [...new Set([...Object.keys(baseline), ...Object.keys(later)])];
  return scaleKeys.map((scaleKey) => {
    const before = (Object.hasOwn(baseline, scaleKey) ? baseline[scaleKey]?.mean : null) ?? null;
    const after = (Object.hasOwn(later, scaleKey) ? later[scaleKey]?.mean : null) ?? null;
    return {
      scaleKey,
      baseline: before,
      later: after,
      difference: before === null || after === null ? null : round1(after - before),
    };
  });
}
