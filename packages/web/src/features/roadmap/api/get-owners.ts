import type { OrgRole } from '@derde-bron/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { roadmapKey } from './get-roadmap.ts';

/** A member who can own an item or a goal. */
export type Owner = { id: string; name: string; role: OrgRole };

export const getOwners = (orgId: string) =>
  getJson<{ members: Owner[] }>(`/api/organisations/${encodeURIComponent(orgId)}/members`);

export const ownersQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...roadmapKey(orgId), 'owners'],
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
