import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { replaceSession, type SessionState } from '../../../lib/session.ts';

export type EnabledTwoFactor = { recoveryCodes: string[]; session: SessionState };

export const enableTwoFactor = (code: string) =>
  sendJson<EnabledTwoFactor>('POST', '/api/auth/two-factor/enable', { code });

/** Turns two-step verification on with a first code; answers the recovery codes, shown only once. */
export function useEnableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableTwoFactor,
    onSuccess: ({ session }) => replaceSession(queryClient, session),
  });
}
