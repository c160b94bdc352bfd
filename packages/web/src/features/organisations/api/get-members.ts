import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type Member = ApiResponse<'/api/organisations/{orgId}/members', 'get'>['members'][number];

export const membersKey = (orgId: string) => [...queryKeys.organisation(orgId), 'members'] as const;

export const getMembers = (orgId: string) => getJson<{ members: Member[] }>(orgPath(orgId, 'members'));

export const membersQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.members(orgId),
    queryFn: () => getMembers(orgId).then((body) => body.members),
    staleTime: 30_000,
  });

/** The members with their roles (org_admin and coordinator). */
export const useMembers = (orgId: string) => useQuery(membersQueryOptions(orgId));
