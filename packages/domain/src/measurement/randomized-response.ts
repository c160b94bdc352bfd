/**
 * Randomized response (Warner, 1965) for the sensitive questions: the respondent's own browser
 * keeps her answer with probability `keepProbability`, and otherwise puts a random answer in its
 * place (which may be the same one). No stored answer proves what anyone chose; over a whole wave
 * the share per answer can still be estimated, with a margin that says how sure that estimate is.
 * "Zeg ik liever niet" is sent as it is: choosing not to answer is not itself sensitive.
 */
import { preferNotToSay } from './instrument.ts';

/** Half of the answers are kept, half are drawn at random: a "yes" is true in 3 of 4 cases. */
export const keepProbability = 0.5;

/** The options of a sensitive question that carry an answer (all but "zeg ik liever niet"). */
export const substantiveOptions = (options: ReadonlyArray<{ key: string }>): string[] =>
  options.map((option) => option.key).filter((key) => key !== preferNotToSay);

/** What the browser sends for one sensitive answer; `random` gives numbers in [0, 1). */
export function randomizeAnswer(answer: string, options: readonly string[], random: () => number): string {
  if (!options.includes(answer) || random() < keepProbability) return answer;
  return options[Math.min(options.length - 1, Math.floor(random() * options.length))] ?? answer;
}

export type ShareEstimate = {
  /** Estimated share (0..1, two decimals) of people whose true answer is this option. */
  share: number;
  /** Half the width of the 95 % interval around it (two decimals). */
  margin: number;
};

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The estimated share per option from the randomized answers received: each observed share λ is
 * `keep·π + (1 − keep)/K`, so π = (λ − (1 − keep)/K) / keep, with variance λ(1 − λ) / (n·keep²).
 * Estimates are clipped to 0..1; `n` counts the randomized (not "rather not say") answers.
 */
export function estimateShares(
  counts: Readonly<Record<string, number>>,
  options: readonly string[],
  keep = keepProbability,
): { n: number; shares: Record<string, ShareEstimate> } {
  const n = options.reduce((sum, option) => sum + (counts[option] ?? 0), 0);
  const shares: Record<string, ShareEstimate> = {};
  for (const option of options) {
    const observed = n === 0 ? 0 : (counts[option] ?? 0) / n;
    const estimate = (observed - (1 - keep) / options.length) / keep;
    // The variance from a slightly pulled-in share (Agresti–Coull): an observed 0 % or 100 % still
    // gets a margin, as it should with ten or twenty answers.
    const pulled = ((counts[option] ?? 0) + 1) / (n + 2);
    const variance = n === 0 ? 0 : (pulled * (1 - pulled)) / (n * keep * keep);
    shares[option] = {
      share: round2(Math.min(1, Math.max(0, estimate))),
      margin: round2(1.96 * Math.sqrt(variance)),
    };
  }
  return { n, shares };
}
