import type { TopicAction } from '@derde-bron/domain';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import type { PolicyTopic } from './get-policy-topics.ts';

export type UpdatePolicyTopicInput = {
  orgId: string;
  topicId: string;
  version: number;
  /** Notes for the topic's current phase; saved before the action is applied. */
  notes?: string;
  action?: TopicAction;
};

export const updatePolicyTopic = ({ orgId, topicId, ...body }: UpdatePolicyTopicInput) =>
  sendJson<PolicyTopic>('PATCH', orgPath(orgId, 'roadmap', 'policy-topics', topicId), body);

/** Records notes and moves a topic on, closes the loop or starts a new round (400 says why not). */
export const useUpdatePolicyTopic = () =>
  useRefreshingMutation(updatePolicyTopic, (queryClient, { orgId }) =>
    queryClient.invalidateQueries({ queryKey: queryKeys.roadmap.policyTopics(orgId) }),
  );
