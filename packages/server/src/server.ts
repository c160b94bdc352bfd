import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { type DatabaseTarget, describeTarget, openDatabase } from './db/client.ts';
import { publishBundledFrameworks } from './modules/framework/publish-bundled.ts';

export class StartupError extends Error {}

export function databaseTarget(config: Pick<Config, 'databaseUrl' | 'dataDir'>): DatabaseTarget {
  if (config.databaseUrl) return { url: config.databaseUrl };
  return config.dataDir === 'memory://' ? { memory: true } : { dataDir: config.dataDir };
}

/** Opens and migrates the database, stores the bundled content, and listens. */
export async function startServer(config: Config) {
  const target = databaseTarget(config);
  const database = await openDatabase(target).catch((error: Error & { code?: string }) => {
    throw new StartupError(
      `cannot reach the database (${describeTarget(target)}): ${error.code ?? error.message}`,
    );
  });
  await database.migrate();
  await publishBundledFrameworks(database.db);

  const app = await buildApp({ config, database });
  await app.listen({ host: config.host, port: config.port });

  return {
    app,
    /** Stops taking requests, lets those under way finish, then closes the database. */
    async stop() {
      await app.close();
      await database.close();
    },
  };
}
