import type { Breakdown } from '@derde-bron/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type ItemResults = ApiResponse<'/api/organisations/{orgId}/waves/{waveId}/item-results', 'get'>;
export type ItemGroup = NonNullable<ItemResults['total']>;
export type LinkedGoal = ItemResults['goals'][number];

export const getItemResults = (orgId: string, waveId: string, breakdown: Breakdown) =>
  getJson<ItemResults>(`${orgPath(orgId, 'waves', waveId, 'item-results')}?breakdown=${breakdown}`);

export const itemResultsQueryOptions = (orgId: string, waveId: string, breakdown: Breakdown) =>
  queryOptions({
    queryKey: [...queryKeys.measurement.results(orgId, waveId), 'items', breakdown],
    queryFn: () => getItemResults(orgId, waveId, breakdown),
    staleTime: 60_000,
  });

/** How each question was answered, per group of one breakdown, with the goals made from it. */
export const useItemResults = (orgId: string, waveId: string, breakdown: Breakdown) =>
  useQuery(itemResultsQueryOptions(orgId, waveId, breakdown));
