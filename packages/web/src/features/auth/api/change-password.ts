import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { replaceSession, type SessionState } from '../../../lib/session.ts';

export type ChangePasswordInput = { currentPassword: string; newPassword: string; code?: string };

export const changePassword = (input: ChangePasswordInput) =>
  sendJson<SessionState>('POST', '/api/auth/password', input);

/** A new password for the signed-in person; other devices are signed out, this one stays in. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The passwords are not kept in the mutation cache.
    gcTime: 0,
    onSuccess: (session) => replaceSession(queryClient, session),
  });
}
