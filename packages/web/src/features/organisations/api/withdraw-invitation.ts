import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';

export type WithdrawInvitationInput = { orgId: string; invitationId: string };

export const withdrawInvitation = ({ orgId, invitationId }: WithdrawInvitationInput) =>
  sendJson<null>('DELETE', orgPath(orgId, 'invitations', invitationId));

/** Withdraws an open invitation: its link stops working. */
export const useWithdrawInvitation = () =>
  useRefreshingMutation(withdrawInvitation, (queryClient, { orgId }) =>
    queryClient.invalidateQueries({ queryKey: queryKeys.invitations(orgId) }),
  );
