import type { Perspective } from '@derde-bron/domain';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import { invalidateWaves, type Wave, type WaveKind } from './get-waves.ts';

export type CreateWaveInput = {
  orgId: string;
  title: string;
  kind: WaveKind;
  opensOn: string;
  closesOn: string;
  perspectives: Perspective[];
  /** At least 5 and 10; never lowered once the wave exists. */
  minCell: number;
  minSensitiveCell: number;
};

/** The wave as planned, and what the server warns about (a second 0-meting), in the reader's language. */
export type CreatedWave = Wave & { warning: string | null };

export const createWave = ({ orgId, ...body }: CreateWaveInput) =>
  sendJson<CreatedWave>('POST', orgPath(orgId, 'waves'), body);

/** Plans a new wave (the 0-meting or a later one). */
export const useCreateWave = () =>
  useRefreshingMutation(createWave, (queryClient, { orgId }) => invalidateWaves(queryClient, orgId));
