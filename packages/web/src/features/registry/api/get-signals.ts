import type { SignalKey } from '@derde-bron/domain';
import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import type { Signal } from './get-people.ts';

export type SignalsList = {
  counts: Record<SignalKey, number>;
  people: Array<{ id: string; name: string; signals: Signal[] }>;
  rolesRequiringRegistration: string[];
};

export const useSignals = (orgId: string) =>
  useQuery({
    queryKey: queryKeys.registry.signals(orgId),
    queryFn: () => getJson<SignalsList>(orgPath(orgId, 'registry', 'signals')),
  });
