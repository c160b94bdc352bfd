import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** Days data is kept after it stopped being of use (server: modules/operations/retention-routes.ts). */
export type Retention = ApiResponse<'/api/retention', 'get'>;

export const retentionQueryOptions = queryOptions({
  queryKey: queryKeys.retention,
  queryFn: () => getJson<Retention>('/api/retention'),
  staleTime: Number.POSITIVE_INFINITY,
});

/** The server's retention config; undefined while it loads (the pages then say nothing about it). */
export const useRetention = () => useQuery(retentionQueryOptions).data;
