import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import { invalidateWaves } from './get-waves.ts';

export type WithdrawLinkInput = { orgId: string; waveId: string; linkId: string };

export const withdrawLink = ({ orgId, waveId, linkId }: WithdrawLinkInput) =>
  sendJson<null>('DELETE', orgPath(orgId, 'waves', waveId, 'links', linkId));

/** Withdraws a shared link (made by mistake, or passed on too widely): it stops working at once. */
export const useWithdrawLink = () =>
  useRefreshingMutation(withdrawLink, (queryClient, { orgId }) => invalidateWaves(queryClient, orgId));
