import type { WaveFeedbackInput } from '@derde-bron/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import type { WaveFeedback } from './get-feedback.ts';

export type SaveFeedback = { orgId: string; waveId: string; feedback: WaveFeedbackInput };

export const saveFeedback = ({ orgId, waveId, feedback }: SaveFeedback) =>
  sendJson<WaveFeedback>('PATCH', orgPath(orgId, 'waves', waveId, 'feedback'), feedback);

/** Publishes the terugkoppeling (or corrects it); an old version is refused (409) with what is there now. */
export function useSaveFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveFeedback,
    onSettled: (_saved, _error, { orgId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.measurement.all(orgId) }),
  });
}
