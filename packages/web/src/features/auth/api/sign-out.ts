import { sendJson } from '../../../lib/api-client.ts';
import { type SessionState, useSessionMutation } from '../../../lib/session.ts';

export const signOut = () => sendJson<SessionState>('POST', '/api/auth/sign-out');

/**
 * Ends this session and forgets everything cached for it. When it fails (say, the session was
 * already ended in another tab), ask the server again who is signed in.
 */
export function useSignOut() {
  return useSessionMutation(signOut, { askAgainOnError: true });
}
