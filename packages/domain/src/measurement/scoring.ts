/**
 * Scale scores for one respondent, a group and two waves, as pure functions (no zod: see schema.ts).
 * These compute; they do not decide what may be shown. Every result goes through the anonymity rules
 * (anonymity.ts) first, and a summary's `n`, not the number of responses, is what must reach the
 * threshold, since only respondents with a score are in its mean.
 */
import type { LikertValue, ResponseAnswers } from './instrument.ts';
import { addScaleTallies, emptyScaleTally, type ItemRef, type ScaleTally, tallyScale } from './tally.ts';

export { scoreScale } from './tally.ts';

type ScaleRef = { key: string };

/** Rounds to one decimal, the precision every mean is shown in. */
const round1 = (value: number) => Math.round(value * 10) / 10;

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

/** What a scale's tally shows: the mean, the distribution and the share of "weet ik niet". */
export function summaryFromTally(tally: ScaleTally): ScaleSummary {
  return {
    n: tally.n,
    mean: tally.n === 0 ? null : round1(tally.sum / tally.n),
    distribution: { ...tally.distribution },
    dontKnowShare: tally.offered === 0 ? null : Math.round((tally.dontKnows / tally.offered) * 100) / 100,
  };
}

/** The scale's result for a group of responses. */
export function summariseScale(
  responses: readonly ResponseAnswers[],
  scale: ScaleRef,
  items: readonly ItemRef[],
): ScaleSummary {
  return summaryFromTally(
    responses.reduce(
      (sum, answers) => addScaleTallies(sum, tallyScale(answers, scale, items)),
      emptyScaleTally(),
    ),
  );
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
