import type { StepKey } from '@derde-bron/domain';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import type { Goal } from './get-goals.ts';
import { invalidateRoadmap } from './get-roadmap.ts';

export type CreateGoalInput = {
  orgId: string;
  stepKey: StepKey;
  title: string;
  ownerMembershipId: string | null;
  deadline: string | null;
};

export const createGoal = ({ orgId, ...body }: CreateGoalInput) =>
  sendJson<Goal>('POST', orgPath(orgId, 'roadmap', 'goals'), body);

/** Adds a goal or action to a step. */
export const useCreateGoal = () =>
  useRefreshingMutation(createGoal, (queryClient, { orgId }) => invalidateRoadmap(queryClient, orgId));
