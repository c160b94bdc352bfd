import type { HTTPMethods } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';

// What orgRoutes and accessRoutes share: the app they register on, schemas and their parsed values.
export type App = Parameters<FastifyPluginAsyncZod>[0];
export type Schema = z.ZodType;
export type Parsed<S> = S extends Schema ? z.output<S> : undefined;
export type Responses = Record<number, Schema>;

/** What every declared route gives: its OpenAPI description, its input and its answer. */
export interface RouteDescription<P, B, Q, R extends Schema> {
  summary: string;
  description?: string;
  params?: P;
  body?: B;
  querystring?: Q;
  /** The answer on success, sent with `status` (200 unless given). */
  response: R;
  status?: 200 | 201 | 202 | 204;
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
