import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import type { NetworkComparison } from './types.ts';

export const getNetworkComparison = (orgId: string) =>
  getJson<NetworkComparison>(`/api/organisations/${encodeURIComponent(orgId)}/network/comparison`);

export const networkComparisonQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: ['organisation', orgId, 'network', 'comparison'],
    queryFn: () => getNetworkComparison(orgId),
    staleTime: 60_000,
  });

/** The organisation's own figures beside the network's median and quartiles. */
export const useNetworkComparison = (orgId: string) => useQuery(networkComparisonQueryOptions(orgId));
