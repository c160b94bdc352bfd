import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { organisationKey, type Team } from './get-organisation.ts';

export type RenameTeamInput = { orgId: string; teamId: string; name: string };

export const renameTeam = ({ orgId, teamId, name }: RenameTeamInput) =>
  sendJson<Team>(
    'PATCH',
    `/api/organisations/${encodeURIComponent(orgId)}/teams/${encodeURIComponent(teamId)}`,
    { name },
  );

export function useRenameTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renameTeam,
    onSuccess: (_team, { orgId }) =>
      queryClient.invalidateQueries({ queryKey: organisationKey(orgId), exact: true }),
  });
}
