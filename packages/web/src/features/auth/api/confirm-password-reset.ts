import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { sessionQueryKey } from '../../../lib/session.ts';

export type ConfirmPasswordResetInput = { token: string; password: string };

export const confirmPasswordReset = (input: ConfirmPasswordResetInput) =>
  sendJson<{ done: true }>('POST', '/api/auth/password-reset/confirm', input);

/** Sets the new password; the server ends every session of the account, so ask who is signed in again. */
export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmPasswordReset,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
