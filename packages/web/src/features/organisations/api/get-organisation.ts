import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';

export type Team = { id: string; name: string };
export type Organisation = { id: string; name: string; teams: Team[] };

export const organisationKey = (orgId: string) => ['organisations', orgId] as const;

export const getOrganisation = (orgId: string) =>
  getJson<Organisation>(`/api/organisations/${encodeURIComponent(orgId)}`);

export const organisationQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: organisationKey(orgId),
    queryFn: () => getOrganisation(orgId),
    staleTime: 30_000,
  });

/** The person's own organisation with its teams. */
export const useOrganisation = (orgId: string) => useQuery(organisationQueryOptions(orgId));
