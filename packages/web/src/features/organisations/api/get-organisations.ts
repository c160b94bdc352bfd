import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type MemberOrganisation = ApiResponse<'/api/organisations', 'get'>['organisations'][number];

export const getOrganisations = () => getJson<{ organisations: MemberOrganisation[] }>('/api/organisations');

export const networkOrganisationsQueryOptions = queryOptions({
  queryKey: queryKeys.network.organisations,
  queryFn: () => getOrganisations().then((body) => body.organisations),
  staleTime: 30_000,
});

/** The member organisations: names and member counts, nothing inside them (network_admin). */
export const useNetworkOrganisations = () => useQuery(networkOrganisationsQueryOptions);
