import type { ApiResponse } from '../../../api/types.ts';

/** The network figures as the API gives them (server modules/network/schemas.ts). */
export type DashboardSection = Dashboard['sections'][number];
/**
 * The network figures are a monthly snapshot: `period` is its month (YYYY-MM) and `takenAt` when it
 * was worked out, so that an opt-out or one closed wave shows only in the next month's figures.
 */
export type Snapshot = { period: string; takenAt: string };

export type Dashboard = ApiResponse<'/api/network/dashboard', 'get'>;

export type ComparedMetric = NetworkComparison['sections'][number]['metrics'][number];
export type NetworkComparison = ApiResponse<'/api/organisations/{orgId}/network/comparison', 'get'>;
