import type { SignalKey } from '@derde-bron/domain';
import { useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type Signal = { key: SignalKey; date: string | null };

export type Person = Omit<PersonWithSignals, 'signals'>;

export type PersonWithSignals = ApiResponse<
  '/api/organisations/{orgId}/registry/people',
  'get'
>['people'][number];

export const getPeople = (orgId: string) =>
  getJson<{ people: PersonWithSignals[] }>(orgPath(orgId, 'registry', 'people')).then((body) => body.people);

/** Everyone in the registry with their signals (coordinator, org_admin). */
export const usePeople = (orgId: string) =>
  useQuery({ queryKey: queryKeys.registry.people(orgId), queryFn: () => getPeople(orgId) });
