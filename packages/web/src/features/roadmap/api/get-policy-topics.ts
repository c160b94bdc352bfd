import type { LemniscatePhaseKey } from '@derde-bron/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { roadmapKey } from './get-roadmap.ts';

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

export const policyTopicsKey = (orgId: string) => [...roadmapKey(orgId), 'policy-topics'] as const;

export const getPolicyTopics = (orgId: string) =>
  getJson<{ topics: PolicyTopic[] }>(`/api/organisations/${encodeURIComponent(orgId)}/roadmap/policy-topics`);

export const policyTopicsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: policyTopicsKey(orgId),
    queryFn: () => getPolicyTopics(orgId).then((body) => body.topics),
    staleTime: 30_000,
  });

/** The policy topics on the lemniscate (step 2), oldest first. */
export const usePolicyTopics = (orgId: string) => useQuery(policyTopicsQueryOptions(orgId));
