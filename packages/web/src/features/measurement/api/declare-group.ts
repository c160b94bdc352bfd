import type { Perspective } from '@derde-bron/domain';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import type { WaveGroup } from './get-groups.ts';
import { invalidateWaves } from './get-waves.ts';

export type DeclareGroupInput = {
  orgId: string;
  waveId: string;
  perspective: Perspective;
  teamId: string | null;
  /** How many people are in the group: declared once, never changed. */
  headcount: number;
};

export const declareGroup = ({ orgId, waveId, ...body }: DeclareGroupInput) =>
  sendJson<WaveGroup>('POST', orgPath(orgId, 'waves', waveId, 'groups'), body);

/** Declares a group of a wave with its headcount; the server refuses a group declared before (409). */
export const useDeclareGroup = () =>
  useRefreshingMutation(declareGroup, (queryClient, { orgId }) => invalidateWaves(queryClient, orgId));
