import type { HTTPMethods } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

// What orgRoutes and accessRoutes share: the app they register on, schemas and their parsed values.
export type App = Parameters<FastifyPluginAsyncZod>[0];
export type Schema = z.ZodType;
export type Parsed<S> = S extends Schema ? z.output<S> : undefined;
export type Responses = Record<number, Schema>;
/** A route's handler: it answers with the output of the route's response, or nothing without one. */
export type Handler<Call, R> = (call: Call) => Promise<R extends Schema ? z.output<R> : void>;

/** What every declared route gives: its OpenAPI description, its input and its answer. */
export interface RouteDescription<P, B, Q, R extends Schema | undefined> {
  summary: string;
  description?: string;
  params?: P;
  body?: B;
  querystring?: Q;
  /** The answer on success, sent with `status` (200 unless given); without one, 204 No Content. */
  response?: R;
  status?: 200 | 201 | 202;
  /** Error answers of this route beyond those of its module or file. */
  errors?: Responses;
}

/** A registrar per HTTP method (`route.get(url, …)`), from one that takes the method. */
export function byMethod<R>(register: (method: HTTPMethods) => R) {
  return {
    get: register('GET'),
    post: register('POST'),
    put: register('PUT'),
    patch: register('PATCH'),
    delete: register('DELETE'),
  };
}

/** The status a route answers with on success, and its response schemas beside the error answers. */
export function success(route: { response?: Schema; status?: number }, errors: Responses) {
  if (!route.response && route.status)
    throw new Error('a route without a response answers 204: drop its status');
  const status = route.response ? (route.status ?? 200) : 204;
  return { status, response: { [status]: route.response ?? z.null(), ...errors } };
}
