import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { sessionQueryKey } from '../../../lib/session.ts';

export type RemoveMemberInput = { orgId: string; membershipId: string; isSelf: boolean };

export const removeMember = ({ orgId, membershipId }: RemoveMemberInput) =>
  sendJson<null>('DELETE', orgPath(orgId, 'members', membershipId));

/** Removes a member from the organisation and ends their sessions. */
export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSuccess: async (_result, { orgId, isSelf }) => {
      if (isSelf) await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      await queryClient.invalidateQueries({ queryKey: queryKeys.members(orgId) });
    },
  });
}
