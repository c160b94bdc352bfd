import { sendJson } from '../../../lib/api-client.ts';
import { type SessionState, useSessionMutation } from '../../../lib/session.ts';

export type ChangePasswordInput = { currentPassword: string; newPassword: string; code?: string };

export const changePassword = (input: ChangePasswordInput) =>
  sendJson<SessionState>('POST', '/api/auth/password', input);

/** A new password for the signed-in person; other devices are signed out, this one stays in. */
export function useChangePassword() {
  // The passwords are not kept in the mutation cache.
  return useSessionMutation(changePassword, { gcTime: 0 });
}
