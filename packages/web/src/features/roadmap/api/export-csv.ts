import { orgPath } from '../../../lib/org-path.ts';
/** The roadmap as a CSV file (an attachment), for a plain download link. */
export const roadmapExportUrl = (orgId: string) => `${orgPath(orgId, 'roadmap')}/export.csv`;
