import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** A member who can own an item or a goal. */
export type Owner = Pick<
  ApiResponse<'/api/organisations/{orgId}/members', 'get'>['members'][number],
  'id' | 'name' | 'role'
>;

export const getOwners = (orgId: string) => getJson<{ members: Owner[] }>(orgPath(orgId, 'members'));

export const ownersQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.roadmap.owners(orgId),
    queryFn: () =>
      getOwners(orgId).then((body) =>
        body.members
          .map(({ id, name, role }) => ({ id, name, role }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      ),
    staleTime: 60_000,
  });

/** The members to choose an owner from (only editors may read the members: org_admin, coordinator). */
export const useOwners = (orgId: string, enabled: boolean) =>
  useQuery({ ...ownersQueryOptions(orgId), enabled });
