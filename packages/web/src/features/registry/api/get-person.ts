import { useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type Log = PersonDetail['logs'][number];

export type PersonDetail = ApiResponse<'/api/organisations/{orgId}/registry/people/{personId}', 'get'>;

export const personKey = (orgId: string, personId: string) =>
  [...queryKeys.registry.all(orgId), 'person', personId] as const;

export const getPerson = (orgId: string, personId: string) =>
  getJson<PersonDetail>(orgPath(orgId, 'registry', 'people', personId));

/** One person with logs and signals (an expert: only their own). */
export const usePerson = (orgId: string, personId: string) =>
  useQuery({
    queryKey: queryKeys.registry.person(orgId, personId),
    queryFn: () => getPerson(orgId, personId),
  });
