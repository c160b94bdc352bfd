import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import type { Team } from './get-organisation.ts';

export type CreateTeamInput = { orgId: string; name: string };

export const createTeam = ({ orgId, name }: CreateTeamInput) =>
  sendJson<Team>('POST', orgPath(orgId, 'teams'), { name });

export const useCreateTeam = () =>
  useRefreshingMutation(createTeam, (queryClient, { orgId }) =>
    queryClient.invalidateQueries({ queryKey: queryKeys.organisation(orgId), exact: true }),
  );
