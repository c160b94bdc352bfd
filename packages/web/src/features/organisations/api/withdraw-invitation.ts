import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { invitationsKey } from './get-invitations.ts';

export type WithdrawInvitationInput = { orgId: string; invitationId: string };

export const withdrawInvitation = ({ orgId, invitationId }: WithdrawInvitationInput) =>
  sendJson<null>(
    'DELETE',
    `/api/organisations/${encodeURIComponent(orgId)}/invitations/${encodeURIComponent(invitationId)}`,
  );

/** Withdraws an open invitation: its link stops working. */
export function useWithdrawInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawInvitation,
    onSuccess: (_result, { orgId }) => queryClient.invalidateQueries({ queryKey: invitationsKey(orgId) }),
  });
}
