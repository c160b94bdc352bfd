import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import type { Team } from './get-organisation.ts';

export type RenameTeamInput = { orgId: string; teamId: string; name: string };

export const renameTeam = ({ orgId, teamId, name }: RenameTeamInput) =>
  sendJson<Team>('PATCH', orgPath(orgId, 'teams', teamId), { name });

export function useRenameTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renameTeam,
    onSuccess: (_team, { orgId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.organisation(orgId), exact: true }),
  });
}
