import { sendForm } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import type { Evidence } from './get-item.ts';

/** The server's limit; checked here too, so nobody waits for a long upload that will be refused. */
export const maxEvidenceBytes = 10 * 1024 * 1024;

/** What the server accepts (it checks the content, not the name). */
export const evidenceFileAccept = '.pdf,.docx,.odt,.xlsx,.png,.jpg,.jpeg';

export type UploadEvidenceFileInput = { orgId: string; itemKey: string; file: File };

export const uploadEvidenceFile = ({ orgId, itemKey, file }: UploadEvidenceFileInput) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return sendForm<Evidence>(orgPath(orgId, 'roadmap', 'items', itemKey, 'evidence', 'file'), form);
};

/** Uploads a file (PDF, DOCX, ODT, XLSX, PNG or JPEG, 10 MB at most) as evidence for an item. */
export const useUploadEvidenceFile = () =>
  useRefreshingMutation(uploadEvidenceFile, (queryClient, { orgId, itemKey }) =>
    queryClient.invalidateQueries({ queryKey: queryKeys.roadmap.item(orgId, itemKey) }),
  );
