import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../http-error.ts';
import { errorResponseSchema } from '../../plugins/errors.ts';
import type { PublishedFrameworkCache } from './published-cache.ts';
import type { FrameworkRepository } from './repository.ts';
import { versionSchema, versionSummarySchema } from './schemas.ts';

/** A published version as the API sends it, for the cache (published-cache.ts). */
export const serializeVersion = (
  row: NonNullable<Awaited<ReturnType<FrameworkRepository['getByVersion']>>>,
) => JSON.stringify(versionSchema.encode(row));

/**
 * Sends a published version's JSON, built once (see published-cache.ts). A version never changes,
 * so its number is a strong ETag and a browser that has it gets a 304.
 */
function sendVersion(reply: FastifyReply, ifNoneMatch: string | undefined, version: number, json: string) {
  const etag = `"framework-v${version}"`;
  reply.header('ETag', etag).header('Cache-Control', 'no-cache');
  if (ifNoneMatch === etag) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(json);
}

const frameworkRoutes: FastifyPluginAsyncZod<{
  frameworks: FrameworkRepository;
  published: PublishedFrameworkCache;
}> = async (app, { frameworks, published }) => {
  const tags = ['framework'];

  app.get(
    '/api/framework',
    {
      config: { access: 'public' },
      schema: {
        summary: 'The current published version of the assessment framework',
        tags,
        response: { 200: versionSchema, 304: z.null(), 404: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const current = await published.getCurrentJson();
      if (!current) throw notFound('frameworkVersionNotFound');
      return sendVersion(reply, request.headers['if-none-match'], current.version, current.json);
    },
  );

  app.get(
    '/api/framework/versions',
    {
      config: { access: 'public' },
      schema: {
        summary: 'All published versions, newest first',
        tags,
        response: { 200: z.object({ versions: z.array(versionSummarySchema) }) },
      },
    },
    async () => ({ versions: await frameworks.listVersions() }),
  );

  app.get(
    '/api/framework/versions/:version',
    {
      config: { access: 'public' },
      schema: {
        summary: 'One published version',
        tags,
        params: z.object({ version: z.coerce.number().int().positive().max(1_000_000) }),
        response: { 200: versionSchema, 304: z.null(), 400: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const { version } = request.params;
      const json = await published.getVersionJson(version);
      if (json === null) throw notFound('frameworkVersionNotFound');
      return sendVersion(reply, request.headers['if-none-match'], version, json);
    },
  );
};

export default frameworkRoutes;
