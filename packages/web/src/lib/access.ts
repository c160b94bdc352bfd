import { can, type OrgRole, type Permission } from '@derde-bron/domain';
import type { SessionState } from './session.ts';

/**
 * Who may open a page, said once in the route table (app/pages.tsx): the navigation shows a link
 * only to those it allows, and the page's guard (components/require-sign-in.tsx) lets in only
 * them. The server checks the same domain permissions on every request.
 */
export type Access =
  /** Anyone who finished signing in. */
  | { signedIn: true }
  /** A member whose role has at least one of these permissions (the domain's `can`). */
  | { anyOf: readonly Permission[] }
  /** A member with exactly this role. */
  | { role: OrgRole }
  /** The association's network administrator. */
  | { networkAdmin: true };

/** Whether a session may open what `access` guards. Only a finished sign-in ever may. */
export function allows(session: SessionState | undefined, access: Access): boolean {
  if (session?.state !== 'signedIn' || !session.user) return false;
  if ('signedIn' in access) return true;
  if ('networkAdmin' in access) return session.user.isNetworkAdmin;
  const role = session.membership?.role;
  if (!role) return false;
  if ('role' in access) return role === access.role;
  return access.anyOf.some((permission) => can(role, permission));
}
