import { sendJson } from '../../../lib/api-client.ts';
import { type SessionState, useSessionMutation } from '../../../lib/session.ts';

export type SignInInput = { email: string; password: string };

export const signIn = (input: SignInInput) => sendJson<SessionState>('POST', '/api/auth/sign-in', input);

/** E-mail and password; the answer says whether a second factor (or setting one up) comes next. */
export function useSignIn() {
  return useSessionMutation(signIn);
}
