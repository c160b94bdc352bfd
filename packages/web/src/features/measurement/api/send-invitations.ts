import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { invalidateWaves } from './get-waves.ts';

export type SendInvitationsInput = { orgId: string; waveId: string; groupId: string; emails: string[] };

export const sendInvitations = ({ orgId, waveId, ...body }: SendInvitationsInput) =>
  sendJson<{ queued: number }>('POST', orgPath(orgId, 'waves', waveId, 'invitations'), body);

/**
 * Mails each address its own single-use link to one group; never more invitations than the group
 * has people (the server refuses with 400). The addresses leave the browser only for this.
 */
export function useSendInvitations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendInvitations,
    // The addresses are not kept in the mutation cache longer than needed.
    gcTime: 0,
    onSettled: (_result, _error, { orgId }) => invalidateWaves(queryClient, orgId),
  });
}
