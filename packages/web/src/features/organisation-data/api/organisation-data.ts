import { useMutation } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';

export const exportFormats = ['json', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** A plain download link: the server sends the file as an attachment and logs the export. */
export const exportUrl = (orgId: string, format: ExportFormat) => `${orgPath(orgId)}/export.${format}`;

/** Deletes all of the organisation's data; the confirmation must be its exact name. */
export const useDeleteOrganisationData = (orgId: string) =>
  useMutation({
    mutationFn: (confirmation: string) =>
      sendJson<{ deleted: true }>('DELETE', orgPath(orgId, 'data'), {
        confirmation,
      }),
  });
