import { sendJson } from '../../../lib/api-client.ts';
import { type SessionState, useSessionMutation } from '../../../lib/session.ts';

/** `name` only for a new account; an existing account confirms with its password. */
export type AcceptInvitationInput = { token: string; name?: string; password: string };

export const acceptInvitation = (input: AcceptInvitationInput) =>
  sendJson<SessionState>('POST', '/api/invitations/accept', input);

/** Accepts the invitation and signs in (an administrator then sets up two-step verification). */
export function useAcceptInvitation() {
  return useSessionMutation(acceptInvitation);
}
