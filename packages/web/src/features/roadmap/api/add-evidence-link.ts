import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import type { Evidence } from './get-item.ts';

export type AddEvidenceLinkInput = { orgId: string; itemKey: string; title: string; url: string };

export const addEvidenceLink = ({ orgId, itemKey, title, url }: AddEvidenceLinkInput) =>
  sendJson<Evidence>('POST', orgPath(orgId, 'roadmap', 'items', itemKey, 'evidence', 'link'), { title, url });

/** Adds a link (e.g. to the vision document) as evidence for an item. */
export const useAddEvidenceLink = () =>
  useRefreshingMutation(addEvidenceLink, (queryClient, { orgId, itemKey }) =>
    queryClient.invalidateQueries({ queryKey: queryKeys.roadmap.item(orgId, itemKey) }),
  );
