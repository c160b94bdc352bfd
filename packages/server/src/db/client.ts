import { mkdir } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';

const migrationsFolder = new URL('../../drizzle', import.meta.url).pathname;
/** Any constant works; it only has to be the same for every app instance. */
const migrationLockKey = 4_203_170;

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Applies the SQL migrations in `drizzle/` that have not run yet. Safe with several instances. */
  migrate(): Promise<void>;
  /** Embedded only: the whole database as a gzipped tar (a backup, or a template for tests). */
  dumpEmbedded?: () => Promise<Blob>;
  /** True when a trivial query answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
};

/** `memory` may start from a dump of another embedded database (tests use one migrated template). */
export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true; from?: Blob };

/**
 * Opens PostgreSQL: a server when a URL is given, otherwise embedded PGlite (on disk or in memory).
 * PGlite is loaded only when it is used: on a server it would cost each instance some 40 MB.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('url' in target) return openServer(target.url);
  if ('dataDir' in target) await mkdir(target.dataDir, { recursive: true });
  const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  const client =
    'memory' in target && target.from
      ? await PGlite.create({ loadDataDir: target.from })
      : await PGlite.create('dataDir' in target ? target.dataDir : undefined);
  const pgliteDb = drizzlePglite({ client, schema });
  const db = pgliteDb as unknown as Db;
  return {
    kind: 'pglite',
    db,
    migrate: () => migratePglite(pgliteDb, { migrationsFolder }),
    dumpEmbedded: () => client.dumpDataDir('gzip'),
    ping: () => pingWith(db),
    close: () => client.close(),
  };
}

async function openServer(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server emits 'error'; without a listener that would end the process.
  pool.on('error', () => {});
  // So may a client that is checked out (in a transaction) when the server goes: its query fails and
  // the request answers 503 (plugins/errors.ts); the event itself must not end the process.
  pool.on('connect', (client) => client.on('error', () => {}));
  const client = await pool.connect();
  client.release();
  const pgDb = drizzlePg({ client: pool, schema });
  const db = pgDb as unknown as Db;
  return {
    kind: 'postgres',
    db,
    migrate: async () => {
      // Instances starting together must not run the same migration twice: one waits for the other.
      const lock = await pool.connect();
      try {
        await lock.query('select pg_advisory_lock($1)', [migrationLockKey]);
        await migratePg(pgDb, { migrationsFolder });
      } finally {
        await lock.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => {});
        lock.release();
      }
    },
    ping: () => pingWith(db),
    close: () => pool.end(),
  };
}

async function pingWith(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

/** A description of the target that is safe to log: never the password. */
export function describeTarget(target: DatabaseTarget): string {
  if ('memory' in target) return 'embedded PostgreSQL in memory';
  if ('dataDir' in target) return `embedded PostgreSQL in ${target.dataDir}`;
  const url = new URL(target.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
