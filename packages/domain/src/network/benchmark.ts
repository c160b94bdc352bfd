/**
 * The network benchmark's rules, as pure functions (docs/anonymity.md, rule 6 "Network figures"): every figure
 * aggregates at least five organisations, organisations that opted out are left out, no single
 * organisation makes up most of a cell, and no figure names an organisation. A figure that fails a
 * rule is withheld with its reason, never approximated. (No zod here: see schema files.)
 */

/** No network figure rests on fewer organisations. */
export const minimumOrganisations = 5;
/**
 * Quartiles need more: with five organisations the first and third quartile are two of them, exactly.
 * From seven, each quartile lies between two organisations' values (see `computeQuartiles`).
 */
export const minimumOrganisationsForQuartiles = 7;

/** One organisation's value for one figure. `value` is null when it has no (shown) figure of its own. */
export type Contribution = {
  orgId: string;
  value: number | null;
  /** The organisation opted out of the benchmark: it is never counted. */
  optedOut: boolean;
  /**
   * What the value rests on, e.g. the responses behind a scale mean. When given, no organisation may
   * hold more than half of the cell's total weight.
   */
  weight?: number;
};

export type WithheldReason =
  /** Fewer than five organisations have a figure (after opt-outs and hidden values). */
  | 'tooFewOrganisations'
  /** One organisation holds more than half of what the figure rests on. */
  | 'dominated';

export type NetworkFigure =
  | {
      withheld: false;
      /** How many organisations the figure aggregates (at least five). */
      organisations: number;
      median: number;
      /** Null under `minimumOrganisationsForQuartiles` organisations. */
      q1: number | null;
      q3: number | null;
    }
  | { withheld: true; reason: WithheldReason };

/** Rounds to one decimal, the precision every network figure is shown in. */
const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Median and quartiles by linear interpolation between the closest ranks (the method of Excel's
 * QUARTILE.INC and R's default), one decimal. Where a quartile would land exactly on one rank it
 * is taken halfway to the next one instead, so that no quartile is one organisation's own value.
 * The input need not be sorted; it must not be empty.
 */
export function computeQuartiles(values: readonly number[]): { q1: number; median: number; q3: number } {
  if (values.length === 0) throw new Error('computeQuartiles needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number, betweenTwo: boolean) => {
    const position = (sorted.length - 1) * p;
    const lower = Math.floor(position);
    const upper = Math.min(sorted.length - 1, lower + 1);
    const fraction = position - lower === 0 && betweenTwo ? 0.5 : position - lower;
    const low = sorted[lower] as number;
    const high = sorted[upper] as number;
    return low + (high - low) * fraction;
  };
  return { q1: round1(at(0.25, true)), median: round1(at(0.5, false)), q3: round1(at(0.75, true)) };
}

/** The contributions that count: not opted out, with a value. One per organisation (the first). */
export function countedContributions(contributions: readonly Contribution[]): Contribution[] {
  const seen = new Set<string>();
  return contributions.filter((c) => {
    if (c.optedOut || c.value === null || !Number.isFinite(c.value) || seen.has(c.orgId)) return false;
    seen.add(c.orgId);
    return true;
  });
}

/** Whether one organisation holds more than half of the figure's total weight. */
function isDominated(counted: readonly Contribution[]): boolean {
  if (!counted.some((c) => c.weight !== undefined)) return false;
  const weights = counted.map((c) => Math.max(0, c.weight ?? 0));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return total === 0 || Math.max(...weights) * 2 > total;
}

/**
 * The network's median and quartiles of one figure, or the reason it is withheld. The answer
 * carries no organisation id or name: only the count of organisations it aggregates.
 */
export function aggregateFigure(
  contributions: readonly Contribution[],
  minimum: number = minimumOrganisations,
): NetworkFigure {
  const counted = countedContributions(contributions);
  if (counted.length < Math.max(minimum, minimumOrganisations))
    return { withheld: true, reason: 'tooFewOrganisations' };
  if (isDominated(counted)) return { withheld: true, reason: 'dominated' };
  const { q1, median, q3 } = computeQuartiles(counted.map((c) => c.value as number));
  const quartiles = counted.length >= minimumOrganisationsForQuartiles;
  return {
    withheld: false,
    organisations: counted.length,
    median,
    q1: quartiles ? q1 : null,
    q3: quartiles ? q3 : null,
  };
}

export type CategoryCounts =
  | { withheld: false; organisations: number; counts: Record<string, number> }
  | { withheld: true; reason: WithheldReason };

/**
 * How many organisations are in each category (e.g. the maturity stage of a step), over at least
 * five organisations; every category is listed, also those with none.
 */
export function countCategories<Category extends string>(
  entries: ReadonlyArray<{ orgId: string; category: Category | null; optedOut: boolean }>,
  categories: readonly Category[],
): CategoryCounts {
  const seen = new Set<string>();
  const counted = entries.filter((e) => {
    if (e.optedOut || e.category === null || seen.has(e.orgId)) return false;
    seen.add(e.orgId);
    return true;
  });
  if (counted.length < minimumOrganisations) return { withheld: true, reason: 'tooFewOrganisations' };
  const counts = Object.fromEntries(categories.map((category) => [category, 0])) as Record<string, number>;
  for (const entry of counted)
    if (entry.category !== null) counts[entry.category] = (counts[entry.category] ?? 0) + 1;
  return { withheld: false, organisations: counted.length, counts };
}
