import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** The roadmap's progress and stage at the end of each quarter (today for the current one). */
export type RoadmapTrend = ApiResponse<'/api/organisations/{orgId}/roadmap/trend', 'get'>;

export const trendQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.roadmap.trend(orgId),
    queryFn: () => getJson<RoadmapTrend>(orgPath(orgId, 'roadmap', 'trend')),
  });

export const useRoadmapTrend = (orgId: string) => useQuery(trendQueryOptions(orgId));
