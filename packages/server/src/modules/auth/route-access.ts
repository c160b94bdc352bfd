import type { Permission } from '@derde-bron/domain';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import {
  type OrgMember,
  requireNetworkAdmin,
  requireOrgPermission,
  requireSession,
  requireSignedIn,
} from './guards.ts';
import type { Auth } from './sessions.ts';

/**
 * Who may call a route, stated once in its options (`config: { access }`):
 * - `{ permission }`: a fully signed-in member of the organisation in the path's `:orgId` whose role
 *   has the permission (404 for another organisation's id, 403 for a missing permission);
 * - `'networkAdmin'`: a fully signed-in network administrator (403 otherwise);
 * - `'signedIn'`: anyone fully signed in (401 otherwise);
 * - `'session'`: any session, also one still waiting for its second factor (401 otherwise);
 * - `'public'`: anyone; the route decides for itself (sign-in, the questionnaire, health).
 * Access that depends on row data (a team manager sees only her own team) is decided in the handler
 * after this check, from `request.member`.
 */
export type RouteAccess = 'public' | 'session' | 'signedIn' | 'networkAdmin' | { permission: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The caller of any route that is not `public`, after the check. */
    readonly signedIn: Auth;
    /** The member of the route's organisation on a `{ permission }` route, after the check. */
    readonly member: OrgMember;
  }
}

/** The OpenAPI `security` of each kind of access (the permission as the role name OpenAPI 3.1 allows). */
export function securityOf(access: RouteAccess) {
  if (access === 'public') return undefined;
  if (access === 'session' || access === 'signedIn') return [{ session: [] }];
  if (access === 'networkAdmin') return [{ session: ['network_admin'] }];
  return [{ session: [access.permission] }];
}

const granted = new WeakMap<FastifyRequest, Auth>();

function orgIdOf(request: FastifyRequest): string {
  const { params } = request;
  if (typeof params === 'object' && params !== null && 'orgId' in params && typeof params.orgId === 'string')
    return params.orgId;
  throw new Error(`${request.routeOptions.url} has an organisation permission but no :orgId`);
}

function grant(request: FastifyRequest, access: RouteAccess): Auth | undefined {
  if (access === 'public') return undefined;
  if (access === 'session') return requireSession(request);
  if (access === 'signedIn') return requireSignedIn(request);
  if (access === 'networkAdmin') return requireNetworkAdmin(request);
  return requireOrgPermission(request, orgIdOf(request), access.permission);
}

/** Refuses at registration an API route that states no access, or states it twice. */
function checkRoute(route: RouteOptions) {
  if (!route.url.startsWith('/api/')) return;
  const methods = Array.isArray(route.method) ? route.method.join(',') : route.method;
  const access = route.config?.access;
  if (access === undefined)
    throw new Error(
      `${methods} ${route.url} declares no access: add config: { access: ... } (route-access.ts)`,
    );
  if (route.schema?.security !== undefined)
    throw new Error(`${methods} ${route.url} states its security twice: config.access alone sets it`);
  if (typeof access === 'object' && !route.url.includes(':orgId'))
    throw new Error(`${methods} ${route.url} has an organisation permission but no :orgId in its path`);
  const security = securityOf(access);
  if (security) route.schema = { ...route.schema, security };
}

/**
 * Every API route's access, from its `config.access`: the OpenAPI `security` is set from it (the
 * cross-tenant test reads that to call every route as every wrong caller), and the check runs before
 * the handler, after validation, as `requireOrgPermission` and friends did in each handler before.
 * Registered before the modules; the OpenAPI documentation's own routes come before it.
 */
async function routeAccess(app: FastifyInstance) {
  app.decorateRequest('signedIn', {
    getter(this: FastifyRequest): Auth {
      const auth = granted.get(this);
      if (!auth) throw new Error(`${this.routeOptions.url} reads request.signedIn but is public`);
      return auth;
    },
  });
  app.decorateRequest('member', {
    getter(this: FastifyRequest): OrgMember {
      const auth = granted.get(this);
      if (!auth?.membership)
        throw new Error(`${this.routeOptions.url} reads request.member without a permission`);
      return { ...auth, membership: auth.membership };
    },
  });
  app.addHook('onRoute', checkRoute);
  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) return;
    const auth = grant(request, access);
    if (auth) granted.set(request, auth);
  });
}

export default fp(routeAccess, { name: 'route-access', dependencies: ['auth'] });
