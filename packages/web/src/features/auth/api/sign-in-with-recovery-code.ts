import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { replaceSession, type SessionState } from '../../../lib/session.ts';

export const signInWithRecoveryCode = (code: string) =>
  sendJson<SessionState>('POST', '/api/auth/two-factor/recovery', { code });

/** Finishes signing in with one of the one-time recovery codes, when the app is not at hand. */
export function useSignInWithRecoveryCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInWithRecoveryCode,
    onSuccess: (session) => replaceSession(queryClient, session),
  });
}
