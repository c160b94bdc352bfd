import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import type { Team } from './get-organisation.ts';

export type CreateTeamInput = { orgId: string; name: string };

export const createTeam = ({ orgId, name }: CreateTeamInput) =>
  sendJson<Team>('POST', orgPath(orgId, 'teams'), { name });

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTeam,
    onSuccess: (_team, { orgId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.organisation(orgId), exact: true }),
  });
}
