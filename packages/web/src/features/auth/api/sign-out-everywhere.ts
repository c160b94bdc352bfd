import { sendJson } from '../../../lib/api-client.ts';
import { type SessionState, useSessionMutation } from '../../../lib/session.ts';

export const signOutEverywhere = () => sendJson<SessionState>('POST', '/api/auth/sign-out-everywhere');

/** Ends every session of the signed-in person, on every device, this one included. */
export function useSignOutEverywhere() {
  return useSessionMutation(signOutEverywhere);
}
