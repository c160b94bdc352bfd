import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { replaceSession, type SessionState } from '../../../lib/session.ts';

export const signOutEverywhere = () => sendJson<SessionState>('POST', '/api/auth/sign-out-everywhere');

/** Ends every session of the signed-in person, on every device, this one included. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: (session) => replaceSession(queryClient, session),
  });
}
