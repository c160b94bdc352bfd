import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type GoalAchieved = 'yes' | 'partly' | 'no';

export type Goal = ApiResponse<'/api/organisations/{orgId}/roadmap/goals', 'get'>['goals'][number];

export const getGoals = (orgId: string) => getJson<{ goals: Goal[] }>(orgPath(orgId, 'roadmap', 'goals'));

export const goalsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.roadmap.goals(orgId),
    queryFn: () => getGoals(orgId).then((body) => body.goals),
    staleTime: 30_000,
  });

/** The goals and actions of every step. */
export const useGoals = (orgId: string) => useQuery(goalsQueryOptions(orgId));
