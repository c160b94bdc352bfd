import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import { invalidateWaves, type Wave } from './get-waves.ts';

export type CloseWaveInput = { orgId: string; waveId: string };

export const closeWave = ({ orgId, waveId }: CloseWaveInput) =>
  sendJson<Wave>('POST', orgPath(orgId, 'waves', waveId, 'close'));

/** Closes a wave early: nobody can answer any more, and its results can be seen. */
export const useCloseWave = () =>
  useRefreshingMutation(closeWave, (queryClient, { orgId }) => invalidateWaves(queryClient, orgId));
