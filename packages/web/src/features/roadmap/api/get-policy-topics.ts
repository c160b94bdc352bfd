import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type PolicyTopic = ApiResponse<
  '/api/organisations/{orgId}/roadmap/policy-topics',
  'get'
>['topics'][number];

export const getPolicyTopics = (orgId: string) =>
  getJson<{ topics: PolicyTopic[] }>(orgPath(orgId, 'roadmap', 'policy-topics'));

export const policyTopicsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.roadmap.policyTopics(orgId),
    queryFn: () => getPolicyTopics(orgId).then((body) => body.topics),
    staleTime: 30_000,
  });

/** The policy topics on the lemniscate (step 2), oldest first. */
export const usePolicyTopics = (orgId: string) => useQuery(policyTopicsQueryOptions(orgId));
