import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';

const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['up', 'down']),
});

const readySchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  database: z.enum(['up', 'down']),
  migrations: z.enum(['current', 'behind', 'unknown']),
});

/** The newest migration this code ships (drizzle records each applied one by this timestamp). */
const journal = JSON.parse(
  readFileSync(new URL('../../../drizzle/meta/_journal.json', import.meta.url), 'utf8'),
) as { entries: Array<{ when: number }> };
const newestMigration = Math.max(...journal.entries.map((entry) => entry.when));

async function migrationsCurrent(db: Db): Promise<boolean> {
  const result = (await db.execute(
    sql`select coalesce(max(created_at), 0)::text as newest from drizzle.__drizzle_migrations`,
  )) as unknown as { rows: Array<{ newest: string }> };
  return Number(result.rows[0]?.newest ?? 0) >= newestMigration;
}

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
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
      const ready = database === 'up' && migrations === 'current';
      return reply
        .code(ready ? 200 : 503)
        .send({ status: ready ? 'ready' : 'unavailable', database, migrations });
    },
  );
};

export default healthRoutes;
