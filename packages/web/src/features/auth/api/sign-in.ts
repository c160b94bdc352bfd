import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { replaceSession, type SessionState } from '../../../lib/session.ts';

export type SignInInput = { email: string; password: string };

export const signIn = (input: SignInInput) => sendJson<SessionState>('POST', '/api/auth/sign-in', input);

/** E-mail and password; the answer says whether a second factor (or setting one up) comes next. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => replaceSession(queryClient, session),
  });
}
