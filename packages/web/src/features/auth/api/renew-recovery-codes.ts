import { useMutation } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';

export const renewRecoveryCodes = (code: string) =>
  sendJson<{ recoveryCodes: string[] }>('POST', '/api/auth/two-factor/recovery-codes', { code });

/** Ten new recovery codes, shown once; the old ones stop working. */
export const useRenewRecoveryCodes = () => useMutation({ mutationFn: renewRecoveryCodes, gcTime: 0 });
