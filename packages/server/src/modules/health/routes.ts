import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { migrationsCurrent } from '../../db/migrations-state.ts';

const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['up', 'down']),
});

const readySchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  database: z.enum(['up', 'down']),
  migrations: z.enum(['current', 'behind', 'unknown']),
  /** Embedded mode: whether the data folder has room for writes (`low`: writes are refused). */
  disk: z.enum(['ok', 'low', 'notWatched']),
});

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      // Load balancers and uptime checks may ask with HEAD.
      exposeHeadRoute: true,
      config: { access: 'public' },
      schema: {
        summary: 'Whether the server is up and reaches its database',
        tags: ['operations'],
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const up = await app.database.ping();
      return reply
        .code(up ? 200 : 503)
        .send({ status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down' });
    },
  );

  app.get(
    '/api/ready',
    {
      // Load balancers and uptime checks may ask with HEAD.
      exposeHeadRoute: true,
      config: { access: 'public' },
      schema: {
        summary: 'Whether this instance should get traffic: database reachable and its migrations current',
        tags: ['operations'],
        response: { 200: readySchema, 503: readySchema },
      },
    },
    async (_request, reply) => {
      let database: 'up' | 'down' = 'down';
      let migrations: 'current' | 'behind' | 'unknown' = 'unknown';
      try {
        const current = await migrationsCurrent(app.database.db);
        database = 'up';
        migrations = current ? 'current' : 'behind';
      } catch {
        database = (await app.database.ping()) ? 'up' : 'down';
      }
      const guard = app.diskGuard;
      const disk = !guard ? 'notWatched' : guard.low ? 'low' : 'ok';
      const ready = database === 'up' && migrations === 'current' && disk !== 'low';
      return reply
        .code(ready ? 200 : 503)
        .send({ status: ready ? 'ready' : 'unavailable', database, migrations, disk });
    },
  );
};

export default healthRoutes;
