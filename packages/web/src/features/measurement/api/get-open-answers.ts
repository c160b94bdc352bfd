import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/**
 * Shuffled by the server, without time or group; `visible` is false under the threshold, and
 * `removedOn` says when the answers were erased after their retention period.
 */
export type OpenAnswers = ApiResponse<'/api/organisations/{orgId}/waves/{waveId}/open-answers', 'get'>;

export const getOpenAnswers = (orgId: string, waveId: string) =>
  getJson<OpenAnswers>(orgPath(orgId, 'waves', waveId, 'open-answers'));

export const openAnswersQueryOptions = (orgId: string, waveId: string) =>
  queryOptions({
    queryKey: [...queryKeys.measurement.results(orgId, waveId), 'openAnswers'],
    queryFn: () => getOpenAnswers(orgId, waveId),
    // Asking again would shuffle again: keep one order while the page is open.
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The open answers of a closed wave. */
export const useOpenAnswers = (orgId: string, waveId: string, enabled: boolean) =>
  useQuery({ ...openAnswersQueryOptions(orgId, waveId), enabled });
