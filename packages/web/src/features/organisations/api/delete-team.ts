import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';

export type DeleteTeamInput = { orgId: string; teamId: string };

export const deleteTeam = ({ orgId, teamId }: DeleteTeamInput) =>
  sendJson<null>('DELETE', orgPath(orgId, 'teams', teamId));

/** Removes a team that no team manager depends on (409 otherwise). */
export const useDeleteTeam = () =>
  useRefreshingMutation(deleteTeam, (queryClient, { orgId }) =>
    queryClient.invalidateQueries({ queryKey: queryKeys.organisation(orgId), exact: true }),
  );
