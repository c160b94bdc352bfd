import type { FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type { RouteAccess } from '../modules/auth/index.ts';
import { scopedErrorResponses } from '../plugins/errors.ts';
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

/** What the handler of a route outside an organisation gets: its checked input. */
export interface AccessCall<P, B, Q> {
  params: P;
  body: B;
  query: Q;
  /** For the caller (`request.signedIn` behind signed-in access) and what the request says. */
  request: FastifyRequest;
  /** For a cookie or a header; the answer is the handler's return value. */
  reply: FastifyReply;
}

/** A route outside an organisation: its OpenAPI description, its input and its answer. */
export interface AccessRoute<
  P extends Schema | undefined,
  B extends Schema | undefined,
  Q extends Schema | undefined,
  R extends Schema | undefined,
> extends RouteDescription<P, B, Q, R> {
  handler: Handler<AccessCall<Parsed<P>, Parsed<B>, Parsed<Q>>, R>;
}

/**
 * The routes of a file whose callers are all of one kind outside an organisation (the network
 * admin, anyone signed in): `access` is stated once for them all, checked by route-access.ts,
 * which also sets their OpenAPI security. Organisation routes use orgRoutes.
 */
export function accessRoutes(
  app: App,
  file: { access: Exclude<RouteAccess, { permission: unknown }>; tags: string[]; errors?: Responses },
) {
  const fileErrors = file.errors ?? scopedErrorResponses;
  const register =
    (method: HTTPMethods) =>
    <
      R extends Schema | undefined = undefined,
      P extends Schema | undefined = undefined,
      B extends Schema | undefined = undefined,
      Q extends Schema | undefined = undefined,
    >(
      url: string,
      route: AccessRoute<P, B, Q, R>,
    ) => {
      const { handler, response, status, errors, ...input } = route;
      const answer = success(route, { ...fileErrors, ...errors });
      app.route({
        method,
        url,
        config: { access: file.access },
        // `input` holds only what the route gives: a key set to undefined would make Fastify warn.
        schema: { ...input, tags: file.tags, response: answer.response },
        handler: async (request, reply) => {
          // Checked against the route's schemas before the handler runs.
          const result = await handler({
            params: request.params as Parsed<P>,
            body: request.body as Parsed<B>,
            query: request.query as Parsed<Q>,
            request,
            reply,
          });
          return reply.code(answer.status).send(result);
        },
      });
    };
  return byMethod(register);
}
