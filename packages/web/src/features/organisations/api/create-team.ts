import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { organisationKey, type Team } from './get-organisation.ts';

export type CreateTeamInput = { orgId: string; name: string };

export const createTeam = ({ orgId, name }: CreateTeamInput) =>
  sendJson<Team>('POST', `/api/organisations/${encodeURIComponent(orgId)}/teams`, { name });

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTeam,
    onSuccess: (_team, { orgId }) =>
      queryClient.invalidateQueries({ queryKey: organisationKey(orgId), exact: true }),
  });
}
