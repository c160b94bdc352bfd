import type { LemniscatePhaseKey } from '@derde-bron/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type PolicyTopic = {
  id: string;
  title: string;
  round: number;
  phase: LemniscatePhaseKey;
  /** What was recorded per phase in this round. */
  notes: Partial<Record<LemniscatePhaseKey, string>>;
  closedAt: string | null;
  version: number;
};

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
