import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { migrationsFolder } from '../paths.ts';
import type { Database, Db } from './client.ts';
import { migrateUnlessCurrent } from './migrations-state.ts';
import { lacksRolePrivilege, prepareRoles } from './roles.ts';
import { setTenantTransactions } from './tenant.ts';
import { serverTenantTransactions } from './tenant-server.ts';

/** Any constant works; it only has to be the same for every app instance. */
const migrationLockKey = 4_203_170;

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

/**
 * Opens a PostgreSQL server: a small pool as the owner (migrations, inspection) and, once
 * `migrate` has prepared the roles, the request pool, logged in as the request role.
 */
export async function openServer(url: string, pingWith: (db: Db) => Promise<boolean>): Promise<Database> {
  const ownerPool = createPool(url, 2);
  const client = await ownerPool.connect();
  client.release();
  const ownerPg = drizzlePg({ client: ownerPool });
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
      // same moment: one waits for the other. Migrations run when some have not run yet, the roles
      // are made again when they are not as this code wants them (db/roles.ts).
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
        requestDb = drizzlePg({ client: requestPool }) as unknown as Db;
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
