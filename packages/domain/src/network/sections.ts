import type { CategoryCounts, NetworkFigure } from './benchmark.ts';
import type { TrendPoint } from './trend.ts';

/** How a metric's values read: a 1–5 scale mean, a percentage, a count, or per 1,000 staff. */
export type MetricUnit = 'score' | 'percent' | 'count' | 'perThousand';

/** One figure of the network dashboard: the network aggregate, and its trend per year where known. */
export type NetworkMetric = {
  key: string;
  unit: MetricUnit;
  figure: NetworkFigure;
  trend: TrendPoint[];
};

/** A spread over categories, such as how many organisations are at each maturity stage of a step. */
export type NetworkDistribution = { key: string; categories: readonly string[]; counts: CategoryCounts };

/**
 * A block of the dashboard, one per module (roadmap, measurement, and the registry once it exists).
 * Every section is built by the same rules, so a new module adds a section and nothing else.
 */
export type NetworkSection = {
  key: string;
  metrics: NetworkMetric[];
  distributions: NetworkDistribution[];
};

/** The organisation's own value beside one network metric. */
export type ComparedMetric = {
  key: string;
  unit: MetricUnit;
  own: number | null;
  network: NetworkFigure;
  position: import('./compare.ts').Position | null;
};

export type ComparedSection = { key: string; metrics: ComparedMetric[] };
