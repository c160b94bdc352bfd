import type { Permission } from '@derde-bron/domain';
import type { FastifyRequest, HTTPMethods } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type Tx, withTenant } from '../db/tenant.ts';
// The log's writer itself: the audit module's index also registers its routes, built with orgRoutes.
import { type AuditEntry, recordAudit } from '../modules/audit/audit-log.ts';
import type { OrgMember } from '../modules/auth/index.ts';
import { scopedErrorResponses } from '../plugins/errors.ts';
import { orgParams } from './params.ts';
import {
  type App,
  byMethod,
  type Handler,
  type Parsed,
  type Responses,
  type RouteDescription,
  type Schema,
  success,
} from './route-kit.ts';

/** What an organisation route's handler gets: the checked input and its tenant transaction. */
export interface OrgCall<P, B, Q> {
  /** Limited to the organisation by row-level security; committed before the answer is sent. */
  tx: Tx;
  orgId: string;
  params: P;
  body: B;
  query: Q;
  /** The caller, a member whose role has the route's permission. */
  member: OrgMember;
  /** For what the request itself says (its language); the answer is the handler's return value. */
  request: FastifyRequest;
  /** Records what the caller did in the organisation's audit log, in the same transaction. */
  audit: (entry: Omit<AuditEntry, 'orgId' | 'actorUserId'>) => Promise<void>;
}

/**
 * An organisation route: who may call it, its OpenAPI description, its input and answer. Its path's
 * parameters are the organisation's id alone unless `params` says more.
 */
export interface OrgRoute<
  P extends Schema,
  B extends Schema | undefined,
  Q extends Schema | undefined,
  R extends Schema | undefined,
> extends RouteDescription<P, B, Q, R> {
  permission: Permission;
  handler: Handler<OrgCall<Parsed<P>, Parsed<B>, Parsed<Q>>, R>;
  /** Work for after the commit, before the answer: emptying a cache that the change made stale. */
  afterCommit?: (call: Omit<OrgCall<Parsed<P>, Parsed<B>, Parsed<Q>>, 'tx' | 'audit'>) => void;
}

/**
 * The routes of a module under `/api/organisations/:orgId/…`. Each states its permission once: the
 * access check (route-access.ts) and the OpenAPI security follow from it, and the handler runs in a
 * tenant transaction that is committed before the answer is sent (`afterCommit` runs in between).
 * A route that must answer outside one (a file, a stream, an upload read before it, mail queued
 * after the commit) is registered with `config: { access }` itself.
 */
export function orgRoutes(app: App, module: { tags: string[]; errors?: Responses }) {
  const { db } = app.database;
  const moduleErrors = module.errors ?? scopedErrorResponses;
  const register =
    (method: HTTPMethods) =>
    <
      R extends Schema | undefined = undefined,
      P extends Schema = typeof orgParams,
      B extends Schema | undefined = undefined,
      Q extends Schema | undefined = undefined,
    >(
      url: string,
      route: OrgRoute<P, B, Q, R>,
    ) => {
      const {
        permission,
        handler,
        afterCommit,
        params = orgParams,
        response,
        status,
        errors,
        ...input
      } = route;
      const answer = success(route, { ...moduleErrors, ...errors });
      app.route({
        method,
        url,
        config: { access: { permission } },
        // `input` holds only the summary, description, body and querystring the route gives: a key
        // set to undefined would make Fastify warn that its schema is missing.
        schema: { ...input, tags: module.tags, params, response: answer.response },
        handler: async (request, reply) => {
          // Checked against the route's schemas before the handler runs.
          const call = {
            params: request.params as Parsed<P> & { orgId: string },
            body: request.body as Parsed<B>,
            query: request.query as Parsed<Q>,
            member: request.member,
            request,
          };
          const { orgId } = call.params;
          const result = await withTenant(db, orgId, (tx) =>
            handler({
              ...call,
              tx,
              orgId,
              audit: (entry) => recordAudit(tx, { ...entry, orgId, actorUserId: call.member.user.id }),
            }),
          );
          afterCommit?.({ ...call, orgId });
          return reply.code(answer.status).send(result);
        },
      });
    };
  return byMethod(register);
}

/** What orgRoutes gives: a registrar for each method. */
export type OrgRouter = ReturnType<typeof orgRoutes>;

/**
 * A plugin made of organisation routes only: `declare` states them with `route` (see orgRoutes),
 * and gets the app for what its routes share (a seal, a cache).
 */
export function orgRoutesPlugin(
  module: { tags: string[]; errors?: Responses },
  declare: (route: OrgRouter, app: App) => void,
): FastifyPluginAsyncZod {
  return async (app) => declare(orgRoutes(app, module), app);
}
