import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import type { Dashboard } from './types.ts';

export const getDashboard = () => getJson<Dashboard>('/api/network/dashboard');

export const dashboardQueryOptions = queryOptions({
  queryKey: queryKeys.network.dashboard,
  queryFn: getDashboard,
  staleTime: 60_000,
});

/** The network figures over at least five organisations, none named (network_admin). */
export const useDashboard = () => useQuery(dashboardQueryOptions);
