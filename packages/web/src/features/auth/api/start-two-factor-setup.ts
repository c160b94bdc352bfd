import { useMutation } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';

/** `qrCode` is a `data:image/svg+xml;base64,…` URL; `secret` is the same key for typing in. */
export type TwoFactorSetup = { secret: string; uri: string; qrCode: string };

export const startTwoFactorSetup = () => sendJson<TwoFactorSetup>('POST', '/api/auth/two-factor/setup');

/** Makes a new secret for the authenticator app. Each call replaces the previous one. */
export const useStartTwoFactorSetup = () => useMutation({ mutationFn: startTwoFactorSetup });
