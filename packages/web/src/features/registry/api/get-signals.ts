import { useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type SignalsList = ApiResponse<'/api/organisations/{orgId}/registry/signals', 'get'>;

export const useSignals = (orgId: string) =>
  useQuery({
    queryKey: queryKeys.registry.signals(orgId),
    queryFn: () => getJson<SignalsList>(orgPath(orgId, 'registry', 'signals')),
  });
