import type { GoalStatus } from '@derde-bron/domain';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import type { Goal, GoalAchieved } from './get-goals.ts';
import { invalidateRoadmap } from './get-roadmap.ts';

export type UpdateGoalInput = {
  orgId: string;
  goalId: string;
  version: number;
  status?: GoalStatus;
  achieved?: GoalAchieved | null;
  reviewed?: true;
};

export const updateGoal = ({ orgId, goalId, ...body }: UpdateGoalInput) =>
  sendJson<Goal>('PATCH', orgPath(orgId, 'roadmap', 'goals', goalId), body);

/** Changes a goal's status, answers "doel behaald?" or marks it reviewed (409 on a stale version). */
export const useUpdateGoal = () =>
  useRefreshingMutation(updateGoal, (queryClient, { orgId }) => invalidateRoadmap(queryClient, orgId));
