import { orgRoleSchema, requiresTwoFactor } from '@derde-bron/domain';
import { z } from 'zod';
import type { Auth } from './sessions.ts';

/** What the web app needs to know about the person using it; the same shape in every auth answer. */
export const sessionStateSchema = z.object({
  state: z.enum(['anonymous', 'needsTwoFactor', 'needsTwoFactorSetup', 'signedIn']),
  /** Echo this in `X-CSRF-Token` on every state-changing request. */
  csrfToken: z.string().nullable(),
  user: z
    .object({
      id: z.uuid(),
      email: z.string(),
      name: z.string(),
      isNetworkAdmin: z.boolean(),
      hasTwoFactor: z.boolean(),
      twoFactorRequired: z.boolean(),
    })
    .nullable(),
  membership: z
    .object({
      id: z.uuid(),
      orgId: z.uuid(),
      organisationName: z.string(),
      role: orgRoleSchema,
      teamId: z.uuid().nullable(),
    })
    .nullable(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export function describeSession(auth: Auth | null): SessionState {
  if (!auth) return { state: 'anonymous', csrfToken: null, user: null, membership: null };
  const twoFactorRequired = requiresTwoFactor({
    isNetworkAdmin: auth.user.isNetworkAdmin,
    role: auth.membership?.role ?? null,
  });
  const state = auth.session.isFullySignedIn
    ? 'signedIn'
    : auth.user.hasTwoFactor
      ? 'needsTwoFactor'
      : 'needsTwoFactorSetup';
  return {
    state,
    csrfToken: auth.session.csrfToken,
    user: { ...auth.user, twoFactorRequired },
    // A half-signed-in session learns nothing about the organisation yet.
    membership: auth.session.isFullySignedIn ? auth.membership : null,
  };
}
