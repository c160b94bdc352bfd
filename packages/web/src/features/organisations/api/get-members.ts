import type { OrgRole } from '@derde-bron/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { organisationKey } from './get-organisation.ts';

export type Member = {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: OrgRole;
  teamId: string | null;
  hasTwoFactor: boolean;
};

export const membersKey = (orgId: string) => [...organisationKey(orgId), 'members'] as const;

export const getMembers = (orgId: string) =>
  getJson<{ members: Member[] }>(`/api/organisations/${encodeURIComponent(orgId)}/members`);

export const membersQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: membersKey(orgId),
    queryFn: () => getMembers(orgId).then((body) => body.members),
    staleTime: 30_000,
  });

/** The members with their roles (org_admin and coordinator). */
export const useMembers = (orgId: string) => useQuery(membersQueryOptions(orgId));
