import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import { sessionQueryKey } from '../../../lib/session.ts';

export type EndMemberSessionsInput = { orgId: string; membershipId: string; isSelf: boolean };

export const endMemberSessions = ({ orgId, membershipId }: EndMemberSessionsInput) =>
  sendJson<null>('POST', orgPath(orgId, 'members', membershipId, 'end-sessions'));

/** Signs a member out on every device (org_admin). */
export const useEndMemberSessions = () =>
  useRefreshingMutation(endMemberSessions, async (queryClient, { isSelf }) => {
    if (isSelf) await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  });
