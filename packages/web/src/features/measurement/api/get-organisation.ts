import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';

export type Team = { id: string; name: string };
export type Organisation = { id: string; name: string; teams: Team[] };

/** The same key as the organisation page's query, so the answer is shared and not fetched twice. */
export const organisationQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: ['organisations', orgId] as const,
    queryFn: () => getJson<Organisation>(`/api/organisations/${encodeURIComponent(orgId)}`),
    staleTime: 30_000,
  });

/** The organisation with its teams, for team names beside links and results. */
export const useOrganisation = (orgId: string) => useQuery(organisationQueryOptions(orgId));
