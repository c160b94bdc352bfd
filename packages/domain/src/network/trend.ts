import { aggregateFigure, type Contribution, type NetworkFigure } from './benchmark.ts';

/** One organisation's value at a moment (e.g. a closed wave's scale mean on its closing day). */
export type DatedContribution = Contribution & { date: string };

export type TrendPoint = { year: number; figure: NetworkFigure };

/**
 * The network figure per calendar year: per organisation the latest value of that year, then the
 * same rules as any figure (five organisations, opt-outs left out, no dominant organisation). Each
 * year stands on its own, so a year with too few organisations is withheld, not filled in.
 */
export function computeTrend(points: readonly DatedContribution[]): TrendPoint[] {
  const byYear = new Map<number, Map<string, DatedContribution>>();
  for (const point of points) {
    const year = Number(point.date.slice(0, 4));
    if (!Number.isInteger(year)) continue;
    const perOrg = byYear.get(year) ?? new Map<string, DatedContribution>();
    const current = perOrg.get(point.orgId);
    if (!current || current.date < point.date || (current.value === null && current.date === point.date))
      perOrg.set(point.orgId, point);
    byYear.set(year, perOrg);
  }
  return [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((year) => ({ year, figure: aggregateFigure([...(byYear.get(year)?.values() ?? [])]) }));
}
