import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import type { Log } from './get-person.ts';
import { useRegistryMutation } from './save-person.ts';

export type LogInput = Pick<Log, 'kind' | 'heldOn' | 'setting' | 'title' | 'hours'>;

const logsPath = (orgId: string, personId: string) => orgPath(orgId, 'registry', 'people', personId, 'logs');

export const createLog = ({ orgId, personId, input }: { orgId: string; personId: string; input: LogInput }) =>
  sendJson<Log>('POST', logsPath(orgId, personId), input);

export const deleteLog = ({ orgId, personId, logId }: { orgId: string; personId: string; logId: string }) =>
  sendJson<null>('DELETE', `${logsPath(orgId, personId)}/${encodeURIComponent(logId)}`);

/** Logs an intervisie/supervisie session or a training. */
export const useCreateLog = () => useRegistryMutation(createLog);
export const useDeleteLog = () => useRegistryMutation(deleteLog);
