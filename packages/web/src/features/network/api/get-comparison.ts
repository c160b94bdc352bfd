import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import type { NetworkComparison } from './types.ts';

export const getNetworkComparison = (orgId: string) =>
  getJson<NetworkComparison>(orgPath(orgId, 'network', 'comparison'));

export const networkComparisonQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.benchmark.comparison(orgId),
    queryFn: () => getNetworkComparison(orgId),
    staleTime: 60_000,
  });

/** The organisation's own figures beside the network's median and quartiles. */
export const useNetworkComparison = (orgId: string) => useQuery(networkComparisonQueryOptions(orgId));
