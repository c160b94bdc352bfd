import type { SignalKey } from '@derde-bron/domain';
import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import type { Signal } from './get-people.ts';
import { orgPath, registryKey } from './keys.ts';

export type SignalsList = {
  counts: Record<SignalKey, number>;
  people: Array<{ id: string; name: string; signals: Signal[] }>;
  rolesRequiringRegistration: string[];
};

export const useSignals = (orgId: string) =>
  useQuery({
    queryKey: [...registryKey(orgId), 'signals'],
    queryFn: () => getJson<SignalsList>(`${orgPath(orgId)}/registry/signals`),
  });
