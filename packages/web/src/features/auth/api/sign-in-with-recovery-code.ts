import { sendJson } from '../../../lib/api-client.ts';
import { type SessionState, useSessionMutation } from '../../../lib/session.ts';

export const signInWithRecoveryCode = (code: string) =>
  sendJson<SessionState>('POST', '/api/auth/two-factor/recovery', { code });

/** Finishes signing in with one of the one-time recovery codes, when the app is not at hand. */
export function useSignInWithRecoveryCode() {
  return useSessionMutation(signInWithRecoveryCode);
}
