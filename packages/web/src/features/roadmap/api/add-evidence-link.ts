import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import type { Evidence } from './get-item.ts';

export type AddEvidenceLinkInput = { orgId: string; itemKey: string; title: string; url: string };

export const addEvidenceLink = ({ orgId, itemKey, title, url }: AddEvidenceLinkInput) =>
  sendJson<Evidence>('POST', orgPath(orgId, 'roadmap', 'items', itemKey, 'evidence', 'link'), { title, url });

/** Adds a link (e.g. to the vision document) as evidence for an item. */
export function useAddEvidenceLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addEvidenceLink,
    onSuccess: (_evidence, { orgId, itemKey }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.roadmap.item(orgId, itemKey) }),
  });
}
