import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type ComparisonRow = Comparison['rows'][number];

export type Comparison = ApiResponse<'/api/organisations/{orgId}/waves/{waveId}/comparison', 'get'>;

export const getComparison = (orgId: string, waveId: string) =>
  getJson<Comparison>(orgPath(orgId, 'waves', waveId, 'comparison'));

export const comparisonQueryOptions = (orgId: string, waveId: string) =>
  queryOptions({
    queryKey: [...queryKeys.measurement.results(orgId, waveId), 'comparison'],
    queryFn: () => getComparison(orgId, waveId),
    staleTime: 60_000,
  });

/** The whole organisation's means against the 0-meting. A 404 means there is no closed 0-meting yet. */
export const useComparison = (orgId: string, waveId: string, enabled: boolean) =>
  useQuery({ ...comparisonQueryOptions(orgId, waveId), enabled });
