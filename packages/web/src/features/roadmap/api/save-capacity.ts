import type { AdviceRole } from '@derde-bron/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { conflictCurrent } from '../../../lib/conflict.ts';
import { orgPath } from '../../../lib/org-path.ts';
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

export function useSaveCapacity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCapacity,
    onSettled: (_result, _error, { orgId }) => invalidateRoadmap(queryClient, orgId),
  });
}
