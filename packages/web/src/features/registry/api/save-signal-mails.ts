import type { ApiRequestBody, ApiResponse } from '../../../api/types.ts';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { useRegistryMutation } from './save-person.ts';

type SignalMailsPath = '/api/organisations/{orgId}/registry/people/{personId}/signal-mails';
export type SignalMailsInput = ApiRequestBody<SignalMailsPath, 'put'>;
export type SignalMailsState = ApiResponse<SignalMailsPath, 'put'>;

export const saveSignalMails = ({
  orgId,
  personId,
  input,
}: {
  orgId: string;
  personId: string;
  input: SignalMailsInput;
}) =>
  sendJson<SignalMailsState>('PUT', orgPath(orgId, 'registry', 'people', personId, 'signal-mails'), input);

/** The expert turns e-mails about her own signals on or off (only her own record). */
export const useSaveSignalMails = () => useRegistryMutation(saveSignalMails);
