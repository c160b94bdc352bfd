import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type WaveFeedback = ApiResponse<'/api/organisations/{orgId}/waves/{waveId}/feedback', 'get'>;
export type FeedbackList = ApiResponse<'/api/organisations/{orgId}/feedback', 'get'>;

export const feedbackKey = (orgId: string) => [...queryKeys.measurement.all(orgId), 'feedback'] as const;

export const waveFeedbackQueryOptions = (orgId: string, waveId: string) =>
  queryOptions({
    queryKey: [...feedbackKey(orgId), waveId],
    queryFn: () => getJson<WaveFeedback>(orgPath(orgId, 'waves', waveId, 'feedback')),
  });

/** One wave's terugkoppeling: 404 until it is published (its coordinator also sees the draft). */
export const useWaveFeedback = (orgId: string, waveId: string) =>
  useQuery(waveFeedbackQueryOptions(orgId, waveId));

/** Every published terugkoppeling, newest first: what every member can read. */
export const useFeedbackList = (orgId: string) =>
  useQuery({
    queryKey: [...feedbackKey(orgId), 'list'],
    queryFn: () => getJson<FeedbackList>(orgPath(orgId, 'feedback')),
  });
