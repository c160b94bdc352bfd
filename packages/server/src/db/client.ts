import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { migrationsFolder } from '../paths.ts';
import { openEmbedded } from './embedded.ts';
import { migrateUnlessCurrent } from './migrations-state.ts';
import { lacksRolePrivilege, prepareRoles } from './roles.ts';
import * as schema from './schema.ts';
import { setTenantTransactions } from './tenant.ts';
import { serverTenantTransactions } from './tenant-server.ts';

/** Any constant works; it only has to be the same for every app instance. */
const migrationLockKey = 4_203_170;

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Database = {
  kind: 'pglite' | 'postgres';
  /**
   * The request path: connected as the request role, never the owner, after `migrate` (db/roles.ts).
   * On a server that is its own login; embedded, the one connection's session authorization.
   */
  db: Db;
  /**
   * The owner: migrations and inspection by tests and tools. On a server a second, small pool;
   * embedded the same connection as `db` (PGlite has one).
   */
  owner: Db;
  /**
   * Applies the SQL migrations in `drizzle/` that have not run yet and prepares the roles and their
   * rights (db/roles.ts). Safe with several instances.
   */
  migrate(): Promise<void>;
  /** Embedded only: files in the data folder whose permissions were too open and were closed at start. */
  restrictedFiles?: number;
  /** Embedded only: the whole database as a gzipped tar (a backup, or a template for tests). */
  dumpEmbedded?: () => Promise<Blob>;
  /**
   * Embedded only: calls `onChange` the moment a session, user, membership or organisation changes
   * (see modules/auth/session-cache.ts); resolves to a function that stops it.
   */
  watchSessions?: (onChange: () => void) => Promise<() => Promise<void>>;
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
  return openEmbedded(target, pingWith);
}

function createPool(connectionString: string, max: number) {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server emits 'error'; without a listener that would end the process.
  pool.on('error', () => {});
  // So may a client that is checked out (in a transaction) when the server goes: its query fails and
  // the request answers 503 (plugins/errors.ts); the event itself must not end the process.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/** The same server and database, logged in as another role. */
function urlFor(url: string, role: { name: string; password: string }): string {
  const u = new URL(url);
  u.username = encodeURIComponent(role.name);
  u.password = encodeURIComponent(role.password);
  return u.toString();
}

async function openServer(url: string): Promise<Database> {
  const ownerPool = createPool(url, 2);
  const client = await ownerPool.connect();
  client.release();
  const ownerPg = drizzlePg({ client: ownerPool, schema });
  const owner = ownerPg as unknown as Db;
  let requestPool: pg.Pool | undefined;
  let requestDb: Db | undefined;
  // Until `migrate` made the request role, `db` answers that it is not ready (never the owner).
  const db = new Proxy({} as Db, {
    get(_target, property) {
      if (!requestDb) throw new Error('the database is not prepared: call migrate() first');
      return Reflect.get(requestDb, property, requestDb);
    },
  });
  return {
    kind: 'postgres',
    db,
    owner,
    migrate: async () => {
      // Instances starting together must not run the same migration twice, nor grant rights at the
      // same moment: one waits for the other. Roles are prepared at every start, migrations only
      // when some have not run yet.
      const lock = await ownerPool.connect();
      let role: { name: string; password: string };
      try {
        await lock.query('select pg_advisory_lock($1)', [migrationLockKey]);
        await migrateUnlessCurrent(owner, () =>
          migratePg(ownerPg, { migrationsFolder }).catch((error: unknown) => {
            throw lacksRolePrivilege(error) ?? error;
          }),
        );
        role = await prepareRoles((text, params) => lock.query(text, params));
      } finally {
        await lock.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => {});
        lock.release();
      }
      if (!requestPool) {
        requestPool = createPool(urlFor(url, role), 10);
        requestDb = drizzlePg({ client: requestPool, schema }) as unknown as Db;
        setTenantTransactions(db, serverTenantTransactions(requestPool, requestDb));
      }
    },
    ping: () => pingWith(requestDb ?? owner),
    close: async () => {
      await requestPool?.end();
      await ownerPool.end();
    },
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
