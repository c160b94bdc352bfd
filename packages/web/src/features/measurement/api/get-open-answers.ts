import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { resultsKey } from './get-results.ts';

/**
 * Shuffled by the server, without time or group; `visible` is false under the threshold, and
 * `removedOn` says when the answers were erased after their retention period.
 */
export type OpenAnswers = {
  visible: boolean;
  answers: Array<{ itemKey: string; text: string }>;
  removedOn: string | null;
};

export const getOpenAnswers = (orgId: string, waveId: string) =>
  getJson<OpenAnswers>(
    `/api/organisations/${encodeURIComponent(orgId)}/waves/${encodeURIComponent(waveId)}/open-answers`,
  );

export const openAnswersQueryOptions = (orgId: string, waveId: string) =>
  queryOptions({
    queryKey: [...resultsKey(orgId, waveId), 'openAnswers'],
    queryFn: () => getOpenAnswers(orgId, waveId),
    // Asking again would shuffle again: keep one order while the page is open.
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The open answers of a closed wave. */
export const useOpenAnswers = (orgId: string, waveId: string, enabled: boolean) =>
  useQuery({ ...openAnswersQueryOptions(orgId, waveId), enabled });
