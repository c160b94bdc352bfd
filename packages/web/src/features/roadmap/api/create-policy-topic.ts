import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import type { PolicyTopic } from './get-policy-topics.ts';

export type CreatePolicyTopicInput = { orgId: string; title: string };

export const createPolicyTopic = ({ orgId, title }: CreatePolicyTopicInput) =>
  sendJson<PolicyTopic>('POST', orgPath(orgId, 'roadmap', 'policy-topics'), {
    title,
  });

/** Starts a policy topic at the first phase, "ontsluiten". */
export const useCreatePolicyTopic = () =>
  useRefreshingMutation(createPolicyTopic, (queryClient, { orgId }) =>
    queryClient.invalidateQueries({ queryKey: queryKeys.roadmap.policyTopics(orgId) }),
  );
