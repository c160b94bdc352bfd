import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import { sessionQueryKey } from '../../../lib/session.ts';

export type RemoveMemberInput = { orgId: string; membershipId: string; isSelf: boolean };

export const removeMember = ({ orgId, membershipId }: RemoveMemberInput) =>
  sendJson<null>('DELETE', orgPath(orgId, 'members', membershipId));

/** Removes a member from the organisation and ends their sessions. */
export const useRemoveMember = () =>
  useRefreshingMutation(removeMember, async (queryClient, { orgId, isSelf }) => {
    if (isSelf) await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    await queryClient.invalidateQueries({ queryKey: queryKeys.members(orgId) });
  });
