import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { replaceSession, type SessionState } from '../../../lib/session.ts';

export const verifyTwoFactor = (code: string) =>
  sendJson<SessionState>('POST', '/api/auth/two-factor/verify', { code });

/** Finishes signing in with the 6-digit code from the authenticator app. */
export function useVerifyTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyTwoFactor,
    onSuccess: (session) => replaceSession(queryClient, session),
  });
}
