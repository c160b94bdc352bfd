import type { WaveFeedbackInput } from '@derde-bron/domain';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import type { WaveFeedback } from './get-feedback.ts';

export type SaveFeedback = { orgId: string; waveId: string; feedback: WaveFeedbackInput };

export const saveFeedback = ({ orgId, waveId, feedback }: SaveFeedback) =>
  sendJson<WaveFeedback>('PATCH', orgPath(orgId, 'waves', waveId, 'feedback'), feedback);

/** Publishes the terugkoppeling (or corrects it); an old version is refused (409) with what is there now. */
export const useSaveFeedback = () =>
  useRefreshingMutation(saveFeedback, (queryClient, { orgId }) =>
    queryClient.invalidateQueries({ queryKey: queryKeys.measurement.all(orgId) }),
  );
