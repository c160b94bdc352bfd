import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * How long the data people make is kept, from the server's retention config, so that the pages
 * where it is made can say so. Public: these are rules, not data.
 */
const retentionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/retention',
    {
      config: { access: 'public' },
      schema: {
        summary: 'How many days data is kept after it stopped being of use (the retention config)',
        tags: ['operations'],
        response: {
          200: z.object({
            /** A wave's answers, after the wave closed. */
            answers: z.int(),
            /** A person in the registry, after their last day. */
            endedRegistryPeople: z.int(),
            /** A report's PDF, after it was made. */
            reports: z.int(),
            /** The audit log, after the entry was written. */
            auditLog: z.int(),
          }),
        },
      },
    },
    async () => {
      const { answers, endedRegistryPeople, reports, auditLog } = app.config.retention;
      return { answers, endedRegistryPeople, reports, auditLog };
    },
  );
};

export default retentionRoutes;
