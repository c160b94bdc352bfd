import type { StepKey } from '@derde-bron/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import type { GoalStatus } from './get-roadmap.ts';

export type GoalAchieved = 'yes' | 'partly' | 'no';

export type Goal = {
  id: string;
  stepKey: StepKey;
  title: string;
  ownerMembershipId: string | null;
  ownerName: string | null;
  deadline: string | null;
  status: GoalStatus;
  achieved: GoalAchieved | null;
  cycle: number;
  reviewedAt: string | null;
  version: number;
};

export const getGoals = (orgId: string) => getJson<{ goals: Goal[] }>(orgPath(orgId, 'roadmap', 'goals'));

export const goalsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.roadmap.goals(orgId),
    queryFn: () => getGoals(orgId).then((body) => body.goals),
    staleTime: 30_000,
  });

/** The goals and actions of every step. */
export const useGoals = (orgId: string) => useQuery(goalsQueryOptions(orgId));
