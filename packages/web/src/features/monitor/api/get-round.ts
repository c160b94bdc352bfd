import { useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type RoundDetail = ApiResponse<'/api/organisations/{orgId}/monitor/rounds/{roundId}', 'get'>;
export type MonitorScore = RoundDetail['scores'][number];

/** One round with every score, its rationale and evidence, and its goal reviews. */
export const useRound = (orgId: string, roundId: string) =>
  useQuery({
    queryKey: queryKeys.monitor.round(orgId, roundId),
    queryFn: () => getJson<RoundDetail>(orgPath(orgId, 'monitor', 'rounds', roundId)),
  });
