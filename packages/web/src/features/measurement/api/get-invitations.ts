import type { Perspective } from '@derde-bron/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { wavesKey } from './get-waves.ts';

/** E-mail invitations of one perspective and team: how many went out, and how many were used. */
export type InvitationGroup = { perspective: Perspective; teamId: string | null; sent: number; used: number };

export const invitationsKey = (orgId: string, waveId: string) =>
  [...wavesKey(orgId), waveId, 'invitations'] as const;

export const invitationsQueryOptions = (orgId: string, waveId: string) =>
  queryOptions({
    queryKey: invitationsKey(orgId, waveId),
    queryFn: () =>
      getJson<{ groups: InvitationGroup[] }>(
        `/api/organisations/${encodeURIComponent(orgId)}/waves/${encodeURIComponent(waveId)}/invitations`,
      ).then((body) => body.groups),
    staleTime: 30_000,
  });

export const useInvitations = (orgId: string, waveId: string) =>
  useQuery(invitationsQueryOptions(orgId, waveId));
