import type { OrgRole } from '@derde-bron/domain';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import { sessionQueryKey } from '../../../lib/session.ts';

export type UpdateMemberInput = {
  orgId: string;
  membershipId: string;
  role: OrgRole;
  teamId: string | null;
  /** The change ends every session of the member: when that is you, ask who is signed in again. */
  isSelf: boolean;
};

export const updateMember = ({ orgId, membershipId, role, teamId }: UpdateMemberInput) =>
  sendJson<{ id: string; role: OrgRole; teamId: string | null }>(
    'PATCH',
    orgPath(orgId, 'members', membershipId),
    { role, teamId },
  );

/** Changes a member's role (and team); the member then signs in again under the new role. */
export const useUpdateMember = () =>
  useRefreshingMutation(updateMember, async (queryClient, { orgId, isSelf }) => {
    if (isSelf) await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    await queryClient.invalidateQueries({ queryKey: queryKeys.members(orgId) });
  });
