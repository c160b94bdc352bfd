import type { StepKey } from '../framework/schema.ts';
import { type StatusChange, statusesAt } from '../network/roadmap-trend.ts';
import { computeRoadmapMaturity, type MaturityEvidence, noEvidence } from './maturity.ts';
import type { MaturityStage } from './statuses.ts';

/** One quarter of an organisation's roadmap: where it stood on the quarter's last day. */
export type RoadmapTrendPoint = { quarter: string; day: string; percent: number; stage: MaturityStage };

/** How many quarters the trend shows at most: three years. */
export const trendQuarters = 12;

const quarterOf = (day: string) => {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return { year, quarter };
};

const lastDayOf = (year: number, quarter: number) =>
  ({ 1: `${year}-03-31`, 2: `${year}-06-30`, 3: `${year}-09-30`, 4: `${year}-12-31` })[quarter] ?? '';

/**
 * The roadmap's progress and stage at the end of each quarter, from the quarter of its first status
 * change up to the current one (the last point is today's state, as the quarter is not over), at
 * most the last twelve quarters. Rebuilt from the change history with the same rules as today's
 * maturity, so the last point equals what the overview shows. No changes yet: no points. The
 * evidence is today's for every point (its history is not kept per quarter); without it no step is
 * "op orde", so an earlier quarter is never shown higher than the facts allow today.
 */
export function computeRoadmapTrend(
  items: ReadonlyArray<{ itemKey: string; stepKey: StepKey; optional: boolean }>,
  history: readonly StatusChange[],
  today: string,
  evidence: MaturityEvidence = noEvidence,
): RoadmapTrendPoint[] {
  const changed = history.filter((entry) => entry.changes.some((change) => change.field === 'status'));
  const first = changed.map((entry) => entry.changedAt.slice(0, 10)).sort()[0];
  if (!first) return [];
  const start = quarterOf(first);
  const end = quarterOf(today);
  const points: RoadmapTrendPoint[] = [];
  for (let year = start.year, quarter = start.quarter; year * 4 + quarter <= end.year * 4 + end.quarter; ) {
    const isCurrent = year === end.year && quarter === end.quarter;
    const day = isCurrent ? today : lastDayOf(year, quarter);
    const statuses = statusesAt(
      items.map((item) => item.itemKey),
      history,
      day,
    );
    const steps = [...new Set(items.map((item) => item.stepKey))].map((stepKey) => ({
      stepKey,
      items: items
        .filter((item) => item.stepKey === stepKey)
        .map((item) => ({ status: statuses.get(item.itemKey) ?? 'notStarted', optional: item.optional })),
    }));
    const maturity = computeRoadmapMaturity(steps, null, evidence);
    points.push({
      quarter: `${year}-Q${quarter}`,
      day,
      percent: maturity.overall.percent,
      stage: maturity.stage,
    });
    quarter += 1;
    if (quarter > 4) {
      quarter = 1;
      year += 1;
    }
  }
  return points.slice(-trendQuarters);
}
