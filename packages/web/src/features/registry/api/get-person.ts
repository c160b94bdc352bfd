import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import type { Person, Signal } from './get-people.ts';

export type Log = {
  id: string;
  personId: string;
  kind: 'intervision' | 'supervision' | 'training';
  heldOn: string;
  setting: 'internal' | 'external';
  title: string | null;
  version: number;
};

export type PersonDetail = { person: Person; logs: Log[]; signals: Signal[] };

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
