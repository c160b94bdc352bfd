import { sendJson } from '../../../lib/api-client.ts';
import { type SessionState, useSessionMutation } from '../../../lib/session.ts';

export const verifyTwoFactor = (code: string) =>
  sendJson<SessionState>('POST', '/api/auth/two-factor/verify', { code });

/** Finishes signing in with the 6-digit code from the authenticator app. */
export function useVerifyTwoFactor() {
  return useSessionMutation(verifyTwoFactor);
}
