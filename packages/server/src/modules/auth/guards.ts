import { can, type Permission } from '@derde-bron/domain';
import type { FastifyRequest } from 'fastify';
import { forbidden, notFound, unauthenticated } from '../../http-error.ts';
import type { Auth } from './sessions.ts';

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

/**
 * Access to one organisation's data: the person must be a member of exactly that organisation
 * (otherwise 404, so that other organisations' ids reveal nothing) with a role that has the
 * permission (otherwise 403).
 */
export function requireOrgPermission(request: FastifyRequest, orgId: string, permission: Permission) {
  const auth = requireSignedIn(request);
  const { membership } = auth;
  if (!membership || membership.orgId !== orgId) throw notFound();
  if (!can(membership.role, permission)) throw forbidden();
  return { ...auth, membership };
}

/**
 * What a route needs, in its OpenAPI description (`security`, with the permission as the role name
 * OpenAPI 3.1 allows). The cross-tenant test reads these and proves every one of them.
 */
export const securityFor = {
  session: [{ session: [] }],
  networkAdmin: [{ session: ['network_admin'] }],
  permission: (permission: Permission) => [{ session: [permission] }],
};
