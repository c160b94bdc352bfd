import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type MemberOrganisation = { id: string; name: string; memberCount: number; createdAt: string };

export const getOrganisations = () => getJson<{ organisations: MemberOrganisation[] }>('/api/organisations');

export const networkOrganisationsQueryOptions = queryOptions({
  queryKey: queryKeys.network.organisations,
  queryFn: () => getOrganisations().then((body) => body.organisations),
  staleTime: 30_000,
});

/** The member organisations: names and member counts, nothing inside them (network_admin). */
export const useNetworkOrganisations = () => useQuery(networkOrganisationsQueryOptions);
