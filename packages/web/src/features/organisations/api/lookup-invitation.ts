import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { sendJson } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type InvitationSummary = ApiResponse<'/api/invitations/lookup', 'post'>;

/** A POST with the token in the body: the token never goes into a URL. */
export const lookupInvitation = (token: string) =>
  sendJson<InvitationSummary>('POST', '/api/invitations/lookup', { token });

export const invitationQueryOptions = (token: string) =>
  queryOptions({
    queryKey: queryKeys.invitation(token),
    queryFn: () => lookupInvitation(token),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });

/** What an invitation is for. Waits until `enabled` (the session is known, for its CSRF token). */
export const useInvitation = (token: string, enabled: boolean) =>
  useQuery({ ...invitationQueryOptions(token), enabled });
