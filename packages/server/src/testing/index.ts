import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { type DatabaseTarget, openDatabase } from '../db/client.ts';
import { publishBundledFrameworks } from '../modules/framework/publish-bundled.ts';

/**
 * The databases integration tests run against: embedded PGlite always, and the PostgreSQL server
 * named by TEST_DATABASE_URL when it is set (CI sets it), so every test proves both.
 */
export const testDatabases: ReadonlyArray<{ name: string; target: DatabaseTarget }> = [
  { name: 'PGlite', target: { memory: true } },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: 'PostgreSQL server', target: { url: process.env.TEST_DATABASE_URL } }]
    : []),
];

/** A migrated database with the bundled framework and an app on it, without a listening socket. */
export async function buildTestApp(
  target: DatabaseTarget,
  webDistDir = '/nonexistent',
  /** Adds routes for a test before the app is sealed. */
  extend?: (app: FastifyInstance) => void,
) {
  const database = await openDatabase(target);
  await database.migrate();
  await publishBundledFrameworks(database.db);
  const app = await buildApp({
    config: { env: 'test', webDistDir, logLevel: 'silent' },
    database,
    logger: false,
  });
  extend?.(app);
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
