import type { ApiResponse } from '../../../api/types.ts';
import { sendForm } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { useRegistryMutation } from './save-person.ts';

export type ImportReport = ApiResponse<'/api/organisations/{orgId}/registry/import', 'post', 422>;

export const importPeople = ({ orgId, file }: { orgId: string; file: File }) => {
  const form = new FormData();
  form.append('file', file);
  return sendForm<{ imported: number }>(orgPath(orgId, 'registry', 'import'), form);
};

/** Imports a CSV or XLSX file; a 422 carries the row-level report and nothing was stored. */
export const useImportPeople = () => useRegistryMutation(importPeople);
