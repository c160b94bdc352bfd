import {
  aggregateFigure,
  type CategoryCounts,
  type Contribution,
  countCategories,
  type NetworkFigure,
} from './benchmark.ts';
import { compareWithNetwork, type Position } from './compare.ts';
import { computeTrend, type DatedContribution, type TrendPoint } from './trend.ts';

/** How a metric's values read: a 1–5 scale mean, a percentage, a count, per 100 (FTE staff) or per 1,000 (clients). */
export type MetricUnit = 'score' | 'percent' | 'count' | 'perHundred' | 'perThousand';

/** One figure of the network dashboard: the network aggregate, and its trend per year where known. */
export type NetworkMetric = {
  key: string;
  unit: MetricUnit;
  figure: NetworkFigure;
  trend: TrendPoint[];
};

/** A spread over categories, such as how many organisations are at each maturity stage of a step. */
export type NetworkDistribution = { key: string; categories: string[]; counts: CategoryCounts };

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
  position: Position | null;
};

export type ComparedSection = { key: string; metrics: ComparedMetric[] };

/** What a module hands over for its section: every organisation's own values, before any rule. */
export type MetricInput = {
  key: string;
  unit: MetricUnit;
  /** Each organisation's current value (one per organisation). */
  current: Contribution[];
  /** Dated values for the trend per year (may be empty). */
  history: DatedContribution[];
};
export type DistributionInput = {
  key: string;
  categories: readonly string[];
  entries: ReadonlyArray<{ orgId: string; category: string | null; optedOut: boolean }>;
};
export type SectionInput = { key: string; metrics: MetricInput[]; distributions: DistributionInput[] };

/** A module's section of the network dashboard, with every rule applied (nothing named). */
export function buildNetworkSection(input: SectionInput): NetworkSection {
  return {
    key: input.key,
    metrics: input.metrics.map((metric) => ({
      key: metric.key,
      unit: metric.unit,
      figure: aggregateFigure(metric.current),
      trend: computeTrend(metric.history),
    })),
    distributions: input.distributions.map((d) => ({
      key: d.key,
      categories: [...d.categories],
      counts: countCategories(d.entries, d.categories),
    })),
  };
}

/**
 * One organisation's own values beside the network's figures. The organisation's value is read
 * from its own contribution (also when it opted out: it may still see where it stands); nothing of
 * another organisation leaves this function except through the aggregate.
 */
export function compareSection(input: SectionInput, orgId: string): ComparedSection {
  return {
    key: input.key,
    metrics: input.metrics.map((metric) => {
      const own = metric.current.find((c) => c.orgId === orgId)?.value ?? null;
      return {
        key: metric.key,
        unit: metric.unit,
        ...compareWithNetwork(own, aggregateFigure(metric.current)),
      };
    }),
  };
}
