import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from './app.ts';
import { type Config, databaseTarget } from './config.ts';
import { createSecretBox } from './crypto/secret-box.ts';
import { describeTarget, openDatabase } from './db/client.ts';
import { DataDirInUse, restrictDataDir } from './db/data-dir.ts';
import type { EmbeddedClient } from './db/embedded-client.ts';
import { createStartupTimer } from './lib/startup-timer.ts';
import { publishBundledFrameworks } from './modules/framework/publish-bundled.ts';
import { createDiskGuard } from './modules/operations/disk-guard.ts';
import { checkSecretKey, resolveSecretKey, SecretKeyMismatch } from './secret-key.ts';
import { seedDemoData } from './seed/demo-data.ts';

export class StartupError extends Error {}

/**
 * Opens and migrates the database, stores the bundled content (and demo data), and listens.
 * `opening`: embedded PGlite already being started for this config (main.ts).
 */
export async function startServer(config: Config, opening?: Promise<EmbeddedClient>) {
  const timer = createStartupTimer();
  const target = databaseTarget(config);
  const database = await openDatabase(target, opening).catch((error: Error & { code?: string }) => {
    if (error instanceof DataDirInUse) throw new StartupError(error.message);
    throw new StartupError(
      `cannot reach the database (${describeTarget(target)}): ${error.code ?? error.message}`,
    );
  });
  timer.lap('database');
  if (database.restrictedFiles)
    process.stderr.write(
      `derde-bron: ${database.restrictedFiles} files in the data folder were readable by others; now only by this user\n`,
    );
  await database.migrate();
  timer.lap('migrations');
  await publishBundledFrameworks(database.db);
  timer.lap('content');
  const filesDir = config.dataDir === 'memory://' ? path.join(tmpdir(), 'derde-bron') : config.dataDir;
  await mkdir(filesDir, { recursive: true });
  const secretKey = await resolveSecretKey(config);
  await checkSecretKey(database.db, createSecretBox(secretKey)).catch(async (error: unknown) => {
    await database.close();
    throw error instanceof SecretKeyMismatch ? new StartupError(error.message) : error;
  });

  // On a server, jobs go through pg-boss so that any instance may run each one, once (loaded only
  // there: embedded mode starts faster without it).
  const jobs = config.databaseUrl
    ? await import('./jobs/pg-boss-jobs.ts').then(({ createPgBossJobs }) =>
        createPgBossJobs({ connectionString: config.databaseUrl as string }),
      )
    : undefined;
  timer.lap('jobs');
  // Embedded on disk: a full disk would hang PGlite, so writes stop before it fills up.
  const diskGuard =
    !config.databaseUrl && config.dataDir !== 'memory://'
      ? createDiskGuard({
          dir: config.dataDir,
          minFreeBytes: config.disk.minFreeBytes,
          intervalMs: config.disk.checkIntervalMs,
          log: { warn: (obj, msg) => app.log.warn(obj, msg), info: (obj, msg) => app.log.info(obj, msg) },
        })
      : undefined;
  await diskGuard?.check();
  // PGlite makes its files readable by all (its file system ignores the umask); the folder is
  // 0700, so nobody else reaches them, and they are brought back to 0600 now and then too.
  const restrictTimer =
    diskGuard &&
    setInterval(
      () => void restrictDataDir(config.dataDir).catch(() => {}),
      Math.max(config.disk.checkIntervalMs, 1000) * 12,
    );
  restrictTimer?.unref();
  const app = await buildApp({
    config: { ...config, outboxDir: path.join(filesDir, 'outbox') },
    database,
    secretKey,
    ...(jobs ? { jobs } : {}),
    ...(diskGuard ? { diskGuard } : {}),
  });

  timer.lap('app');
  const accounts = config.demoData ? await seedDemoData(database.db, createSecretBox(secretKey)) : null;
  timer.lap('demoData');
  await app.listen({ host: config.host, port: config.port });
  timer.lap('listen');
  // Printed once, when the demo data is made, only in demo mode (never in production), and only
  // once the server listens: a start that fails (the port is taken) must not print passwords.
  if (accounts) process.stdout.write(accounts);
  // One line that says where the start's time went (the benchmark reads it).
  app.log.info({ startupMs: timer.phases }, 'started');

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
      if (restrictTimer) clearInterval(restrictTimer);
      await database.close();
    },
  };
}
