import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { createSecretBox } from './crypto/secret-box.ts';
import { type DatabaseTarget, describeTarget, openDatabase } from './db/client.ts';
import { createPgBossJobs } from './jobs/jobs.ts';
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

  // On a server, jobs go through pg-boss so that any instance may run each one, once.
  const jobs = config.databaseUrl
    ? await createPgBossJobs({ connectionString: config.databaseUrl })
    : undefined;
  const app = await buildApp({
    config: { ...config, outboxDir: path.join(filesDir, 'outbox') },
    database,
    secretKey,
    ...(jobs ? { jobs } : {}),
  });

  if (config.demoData) {
    const accounts = await seedDemoData(database.db, createSecretBox(secretKey));
    // Printed once, when the demo data is made, and only in demo mode (never in production).
    if (accounts) process.stdout.write(accounts);
  }
  await app.listen({ host: config.host, port: config.port });

  return {
    app,
    database,
    /** Stops taking requests, lets those under way finish, then closes the database. */
    async stop() {
      // Requests under way finish; a kept-alive connection that falls idle afterwards is closed at
      // once instead of after the keep-alive timeout (Node closes only the idle ones it finds at
      // the start of close()).
      const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
      try {
        await app.close();
      } finally {
        clearInterval(sweep);
      }
      await database.close();
    },
  };
}
