import { frameworkContentSchema } from '@derde-bron/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../http-error.ts';
import { errorResponseSchema } from '../../plugins/errors.ts';
import { createFrameworkRepository } from './repository.ts';

const versionSummarySchema = z.object({
  id: z.uuid(),
  version: z.int().positive(),
  publishedAt: z.date(),
});
const versionSchema = versionSummarySchema.extend({ content: frameworkContentSchema });

const frameworkRoutes: FastifyPluginAsyncZod = async (app) => {
  const frameworks = createFrameworkRepository(app.database.db);
  const tags = ['framework'];

  app.get(
    '/api/framework',
    {
      schema: {
        summary: 'The current published version of the assessment framework',
        tags,
        response: { 200: versionSchema, 404: errorResponseSchema },
      },
    },
    async () => {
      const current = await frameworks.getCurrent();
      if (!current) throw notFound('frameworkVersionNotFound');
      return current;
    },
  );

  app.get(
    '/api/framework/versions',
    {
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
      schema: {
        summary: 'One published version',
        tags,
        params: z.object({ version: z.coerce.number().int().positive().max(1_000_000) }),
        response: { 200: versionSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const found = await frameworks.getByVersion(request.params.version);
      if (!found) throw notFound('frameworkVersionNotFound');
      return found;
    },
  );
};

export default frameworkRoutes;
