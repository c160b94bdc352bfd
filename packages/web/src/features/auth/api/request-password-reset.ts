import { useMutation } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';

export const requestPasswordReset = (email: string) =>
  sendJson<{ accepted: true }>('POST', '/api/auth/password-reset', { email });

/** Asks for a mail with a link; the answer is the same whether or not the address has an account. */
export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
