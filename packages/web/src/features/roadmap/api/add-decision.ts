import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import type { Decision } from './get-item.ts';
import { invalidateRoadmap } from './get-roadmap.ts';

export type AddDecisionInput = {
  orgId: string;
  itemKey: string;
  decidedOn: string;
  decision: string;
  rationale: string;
  decidedBy: string;
};

export const addDecision = ({ orgId, itemKey, ...body }: AddDecisionInput) =>
  sendJson<Decision>('POST', orgPath(orgId, 'roadmap', 'items', itemKey, 'decisions'), body);

/** Records a decision on an item (it can change the step-3 advice, hence the whole roadmap). */
export const useAddDecision = () =>
  useRefreshingMutation(addDecision, (queryClient, { orgId }) => invalidateRoadmap(queryClient, orgId));
