import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type OpenInvitation = ApiResponse<
  '/api/organisations/{orgId}/invitations',
  'get'
>['invitations'][number];

export const invitationsKey = (orgId: string) => [...queryKeys.organisation(orgId), 'invitations'] as const;

export const getInvitations = (orgId: string) =>
  getJson<{ invitations: OpenInvitation[] }>(orgPath(orgId, 'invitations'));

export const invitationsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.invitations(orgId),
    queryFn: () => getInvitations(orgId).then((body) => body.invitations),
    staleTime: 30_000,
  });

/** Invitations that can still be accepted. */
export const useInvitations = (orgId: string) => useQuery(invitationsQueryOptions(orgId));
