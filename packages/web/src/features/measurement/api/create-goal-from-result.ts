import type { GoalFromResultInput } from '@derde-bron/domain';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import type { LinkedGoal } from './get-item-results.ts';

export type GoalFromResult = { orgId: string; waveId: string; itemKey: string; goal: GoalFromResultInput };

export const createGoalFromResult = ({ orgId, waveId, itemKey, goal }: GoalFromResult) =>
  sendJson<LinkedGoal>('POST', orgPath(orgId, 'waves', waveId, 'items', itemKey, 'goals'), goal);

/** "Maak hier een doel van": the goal lands under the item's step, and beside the item. */
export const useCreateGoalFromResult = () =>
  useRefreshingMutation(createGoalFromResult, async (queryClient, { orgId }) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.measurement.all(orgId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.roadmap.all(orgId) }),
    ]);
  });
