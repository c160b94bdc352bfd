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
export type Dashboard = { participating: number; minimumOrganisations: number; sections: DashboardSection[] };

export type ComparedMetric = {
  key: string;
  unit: MetricUnit;
  own: number | null;
  network: NetworkFigure;
  position: Position | null;
};
export type NetworkComparison = {
  optedOut: boolean;
  minimumOrganisations: number;
  sections: Array<{ key: string; metrics: ComparedMetric[] }>;
};
