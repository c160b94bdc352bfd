import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type Team = Organisation['teams'][number];
export type Organisation = ApiResponse<'/api/organisations/{orgId}', 'get'>;

export const getOrganisation = (orgId: string) => getJson<Organisation>(orgPath(orgId));

export const organisationQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.organisation(orgId),
    queryFn: () => getOrganisation(orgId),
    staleTime: 30_000,
  });

/** The person's own organisation with its teams. */
export const useOrganisation = (orgId: string) => useQuery(organisationQueryOptions(orgId));
