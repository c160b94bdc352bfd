import type { AdviceRole } from '@derde-bron/domain';
import { sendJson } from '../../../lib/api-client.ts';
import { conflictCurrent } from '../../../lib/conflict.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import { type AppointedCapacity, invalidateRoadmap } from './get-roadmap.ts';

export type CapacityDraft = {
  role: AdviceRole;
  hoursPerWeek: number;
  startedOn: string;
  endsOn: string | null;
};

/** Records the appointed capacity (no version) or changes it (the version last seen; 409 if stale). */
export const saveCapacity = ({
  orgId,
  version,
  ...body
}: CapacityDraft & { orgId: string; version?: number }) =>
  sendJson<{ capacity: AppointedCapacity }>('POST', orgPath(orgId, 'roadmap', 'capacity'), {
    ...body,
    version,
  });

export const conflictingCapacity = (error: unknown) => conflictCurrent<AppointedCapacity>(error);

export const useSaveCapacity = () =>
  useRefreshingMutation(saveCapacity, (queryClient, { orgId }) => invalidateRoadmap(queryClient, orgId));
