import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { sendJson } from '../../../lib/api-client.ts';
import { replaceSession } from '../../../lib/session.ts';

export type EnabledTwoFactor = ApiResponse<'/api/auth/two-factor/enable', 'post'>;

export const enableTwoFactor = (code: string) =>
  sendJson<EnabledTwoFactor>('POST', '/api/auth/two-factor/enable', { code });

/** Turns two-step verification on with a first code; answers the recovery codes, shown only once. */
export function useEnableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableTwoFactor,
    onSuccess: ({ session }) => replaceSession(queryClient, session),
  });
}
