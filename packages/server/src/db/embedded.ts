import { migrationsFolder } from '../paths.ts';
import type { Database, Db } from './client.ts';
import { type EmbeddedClient, type EmbeddedTarget, openEmbeddedClient } from './embedded-client.ts';
import { migrateUnlessCurrent } from './migrations-state.ts';
import { pgliteForDrizzle } from './pglite-for-drizzle.ts';
import { prepareRoles, type RunSql } from './roles.ts';
import { setTenantTransactions } from './tenant.ts';
import { embeddedTenantTransactions } from './tenant-embedded.ts';

/** Notified by the triggers of drizzle/0020_session_lookup.sql. */
const sessionsChangedChannel = 'derde_bron_sessions_changed';

/**
 * Opens embedded PGlite (see embedded-client.ts) as this app's database: drizzle over it, tenant
 * transactions, migrations as the superuser and requests as the request role. `opening` is PGlite
 * already being started (main.ts begins that before loading the rest of the server).
 */
export async function openEmbedded(
  target: EmbeddedTarget,
  pingWith: (db: Db) => Promise<boolean>,
  opening: Promise<EmbeddedClient> = openEmbeddedClient(target),
): Promise<Database> {
  const [{ client, restrictedFiles, close }, drizzleModule, { migrate: migratePglite }] = await Promise.all([
    opening,
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  const forDrizzle = pgliteForDrizzle(client, await import('@electric-sql/pglite'));
  const pgliteDb = drizzleModule.drizzle({ client: forDrizzle.client });
  const db = pgliteDb as unknown as Db;
  const run: RunSql = (text, params) => client.query(text, params);
  setTenantTransactions(db, embeddedTenantTransactions(forDrizzle.transactions, db, drizzleModule));
  return {
    kind: 'pglite',
    db,
    owner: db,
    migrate: async () => {
      // PGlite's one connection is its superuser; it serves requests as the request role. Unlike
      // on a server, the superuser can switch back (SECURITY.md says what that means).
      await client.exec('RESET ROLE; SET SESSION AUTHORIZATION postgres');
      await migrateUnlessCurrent(db, () => migratePglite(pgliteDb, { migrationsFolder }));
      const role = await prepareRoles(run);
      await client.exec(`SET SESSION AUTHORIZATION "${role.name}"`);
    },
    dumpEmbedded: () => client.dumpDataDir('gzip'),
    watchSessions: (onChange) => client.listen(sessionsChangedChannel, onChange),
    restrictedFiles,
    ping: () => pingWith(db),
    close,
  };
}
