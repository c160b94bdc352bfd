import { can, type Permission } from '@derde-bron/domain';
import type { FastifyRequest } from 'fastify';
import { forbidden, notFound, unauthenticated } from '../../http-error.ts';
import type { Auth } from './sessions.ts';

/** Any session, also one that still waits for its second factor, or 401. */
export function requireSession(request: FastifyRequest): Auth {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}

/** The signed-in person, or 401. A session still waiting for its second factor does not count. */
export function requireSignedIn(request: FastifyRequest): Auth {
  const { auth } = request;
  if (!auth?.session.isFullySignedIn) throw unauthenticated();
  return auth;
}

export function requireNetworkAdmin(request: FastifyRequest): Auth {
  const auth = requireSignedIn(request);
  if (!auth.user.isNetworkAdmin) throw forbidden();
  return auth;
}

/** A signed-in member, with the membership that gave access. */
export type OrgMember = Auth & { membership: NonNullable<Auth['membership']> };

/**
 * Access to one organisation's data: the person must be a member of exactly that organisation
 * (otherwise 404, so that other organisations' ids reveal nothing) with a role that has the
 * permission (otherwise 403).
 */
export function requireOrgPermission(
  request: FastifyRequest,
  orgId: string,
  permission: Permission,
): OrgMember {
  const auth = requireSignedIn(request);
  const { membership } = auth;
  if (!membership || membership.orgId !== orgId) throw notFound();
  if (!can(membership.role, permission)) throw forbidden();
  return { ...auth, membership };
}
