import { useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type GoalReview = ApiResponse<
  '/api/organisations/{orgId}/roadmap/goal-reviews',
  'get'
>['reviews'][number];

/** Every "doel behaald?" answer of every goal, oldest first (refreshed with the roadmap). */
export const useGoalReviews = (orgId: string) =>
  useQuery({
    queryKey: queryKeys.roadmap.goalReviews(orgId),
    queryFn: () =>
      getJson<{ reviews: GoalReview[] }>(orgPath(orgId, 'roadmap', 'goal-reviews')).then(
        (body) => body.reviews,
      ),
    staleTime: 30_000,
  });
