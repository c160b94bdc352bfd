import { useMutation } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { sendJson } from '../../../lib/api-client.ts';

/** `qrCode` is a `data:image/svg+xml;base64,…` URL; `secret` is the same key for typing in. */
export type TwoFactorSetup = ApiResponse<'/api/auth/two-factor/setup', 'post'>;

export const startTwoFactorSetup = () => sendJson<TwoFactorSetup>('POST', '/api/auth/two-factor/setup');

/** Makes a new secret for the authenticator app. Each call replaces the previous one. */
export const useStartTwoFactorSetup = () => useMutation({ mutationFn: startTwoFactorSetup });
