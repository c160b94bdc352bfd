import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import type { Team } from './get-organisation.ts';

export type RenameTeamInput = { orgId: string; teamId: string; name: string };

export const renameTeam = ({ orgId, teamId, name }: RenameTeamInput) =>
  sendJson<Team>('PATCH', orgPath(orgId, 'teams', teamId), { name });

export const useRenameTeam = () =>
  useRefreshingMutation(renameTeam, (queryClient, { orgId }) =>
    queryClient.invalidateQueries({ queryKey: queryKeys.organisation(orgId), exact: true }),
  );
