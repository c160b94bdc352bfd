import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { createSecretBox } from './crypto/secret-box.ts';
import { type DatabaseTarget, describeTarget, openDatabase } from './db/client.ts';
import { publishBundledFrameworks } from './modules/framework/publish-bundled.ts';
import { resolveSecretKey } from './secret-key.ts';
import { seedDemoData } from './seed/demo-data.ts';

export class StartupError extends Error {}

export function databaseTarget(config: Pick<Config, 'databaseUrl' | 'dataDir'>): DatabaseTarget {
  if (config.databaseUrl) return { url: config.databaseUrl };
  return config.dataDir === 'memory://' ? { memory: true } : { dataDir: config.dataDir };
}

/** Opens and migrates the database, stores the bundled content (and demo data), and listens. */
export async function startServer(config: Config) {
  const target = databaseTarget(config);
  const database = await openDatabase(target).catch((error: Error & { code?: string }) => {
    throw new StartupError(
      `cannot reach the database (${describeTarget(target)}): ${error.code ?? error.message}`,
    );
  });
  await database.migrate();
  await publishBundledFrameworks(database.db);
  const filesDir = config.dataDir === 'memory://' ? path.join(tmpdir(), 'derde-bron') : config.dataDir;
  await mkdir(filesDir, { recursive: true });
  const secretKey = await resolveSecretKey(config);

  const app = await buildApp({
    config: { ...config, outboxDir: path.join(filesDir, 'outbox') },
    database,
    secretKey,
  });

  if (config.demoData) {
    const accounts = await seedDemoData(database.db, createSecretBox(secretKey));
    // Printed once, when the demo data is made, and only in demo mode (never in production).
    if (accounts) process.stdout.write(accounts);
  }
  await app.listen({ host: config.host, port: config.port });
  // Expired sessions are refused anyway; this only keeps the table small. (Issue 8 moves such work
  // to a job queue shared by all instances.)
  const cleanup = setInterval(() => {
    app.sessions
      .removeExpired()
      .catch((error: Error) => app.log.warn({ err: error }, 'session clean-up failed'));
  }, 10 * 60_000);
  cleanup.unref();

  return {
    app,
    database,
    /** Stops taking requests, lets those under way finish, then closes the database. */
    async stop() {
      clearInterval(cleanup);
      await app.close();
      await database.close();
    },
  };
}
