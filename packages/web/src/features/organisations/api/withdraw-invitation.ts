import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type WithdrawInvitationInput = { orgId: string; invitationId: string };

export const withdrawInvitation = ({ orgId, invitationId }: WithdrawInvitationInput) =>
  sendJson<null>('DELETE', orgPath(orgId, 'invitations', invitationId));

/** Withdraws an open invitation: its link stops working. */
export function useWithdrawInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawInvitation,
    onSuccess: (_result, { orgId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.invitations(orgId) }),
  });
}
