import type { CategoryCounts, MetricUnit, NetworkFigure, Position } from '@derde-bron/domain';

/** The network figures as the API gives them (server modules/network/schemas.ts). */
export type DashboardSection = {
  key: string;
  metrics: Array<{
    key: string;
    unit: MetricUnit;
    figure: NetworkFigure;
    trend: Array<{ year: number; figure: NetworkFigure }>;
  }>;
  distributions: Array<{ key: string; categories: string[]; counts: CategoryCounts }>;
};
/**
 * The network figures are a monthly snapshot: `period` is its month (YYYY-MM) and `takenAt` when it
 * was worked out, so that an opt-out or one closed wave shows only in the next month's figures.
 */
export type Snapshot = { period: string; takenAt: string };

export type Dashboard = Snapshot & {
  participating: number;
  minimumOrganisations: number;
  sections: DashboardSection[];
};

export type ComparedMetric = {
  key: string;
  unit: MetricUnit;
  own: number | null;
  network: NetworkFigure;
  position: Position | null;
};
export type NetworkComparison = Snapshot & {
  optedOut: boolean;
  minimumOrganisations: number;
  sections: Array<{ key: string; metrics: ComparedMetric[] }>;
};
