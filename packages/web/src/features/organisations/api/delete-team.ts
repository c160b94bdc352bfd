import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type DeleteTeamInput = { orgId: string; teamId: string };

export const deleteTeam = ({ orgId, teamId }: DeleteTeamInput) =>
  sendJson<null>('DELETE', orgPath(orgId, 'teams', teamId));

/** Removes a team that no team manager depends on (409 otherwise). */
export function useDeleteTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTeam,
    onSuccess: (_result, { orgId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.organisation(orgId), exact: true }),
  });
}
