import { orgPath } from '../../../lib/org-path.ts';
/**
 * Where an evidence file is downloaded. The server always sends it as an attachment, and the
 * session cookie goes with a plain link, so no script is needed.
 */
export const evidenceFileUrl = (orgId: string, evidenceId: string) =>
  orgPath(orgId, 'roadmap', 'evidence', evidenceId, 'file');
