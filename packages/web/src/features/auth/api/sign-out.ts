import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { replaceSession, type SessionState, sessionQueryKey } from '../../../lib/session.ts';

export const signOut = () => sendJson<SessionState>('POST', '/api/auth/sign-out');

/**
 * Ends this session and forgets everything cached for it. When it fails (say, the session was
 * already ended in another tab), ask the server again who is signed in.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: (session) => replaceSession(queryClient, session),
    onError: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
