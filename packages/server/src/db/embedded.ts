import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { migrationsFolder } from '../paths.ts';
import type { Database, Db } from './client.ts';
import { lockDataDir, restrictDataDir } from './data-dir.ts';
import { copyEmbeddedTemplate } from './embedded-template.ts';
import { migrateUnlessCurrent } from './migrations-state.ts';
import { prepareRoles, type RunSql } from './roles.ts';
import * as schema from './schema.ts';
import { setTenantTransactions } from './tenant.ts';
import { embeddedTenantTransactions } from './tenant-embedded.ts';

/**
 * PostgreSQL settings for the embedded database. Shared buffers live in PGlite's WebAssembly memory
 * and every page of them that is used stays resident: PostgreSQL's default of 128 MB was most of
 * embedded mode's memory. Data files are still read through the operating system's file cache,
 * so 16 MB costs reads from memory, not from disk, for a database this size.
 */
export const embeddedSettings = ['-c', 'shared_buffers=16MB'];

/** Notified by the triggers of drizzle/0020_session_lookup.sql. */
const sessionsChangedChannel = 'derde_bron_sessions_changed';

export type EmbeddedTarget = { dataDir: string } | { memory: true; from?: Blob };

/**
 * Opens embedded PGlite, on disk or in memory. A new data folder starts as a copy of the template
 * the build made (initdb and every migration already done): copying files is seconds faster than
 * initdb, and initdb's memory (a second PostgreSQL, hundreds of MB) never enters the server process.
 * Without a template PGlite runs initdb itself. A data folder is this process's alone (a lock held
 * while it runs) and its user's alone (folder 0700, files 0600: the WAL holds addresses).
 */
export async function openEmbedded(
  target: EmbeddedTarget,
  pingWith: (db: Db) => Promise<boolean>,
): Promise<Database> {
  const [{ PGlite }, drizzleModule, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  const startParams = [...PGlite.defaultStartParams, ...embeddedSettings];
  let release = async () => {};
  let restrictedFiles = 0;
  if ('dataDir' in target) {
    process.umask(0o077);
    await mkdir(target.dataDir, { recursive: true, mode: 0o700 });
    release = await lockDataDir(target.dataDir);
    try {
      if (!existsSync(path.join(target.dataDir, 'PG_VERSION'))) await copyEmbeddedTemplate(target.dataDir);
      restrictedFiles = await restrictDataDir(target.dataDir);
    } catch (error) {
      await release();
      throw error;
    }
  }
  const client = await PGlite.create({
    ...('dataDir' in target ? { dataDir: target.dataDir } : {}),
    ...('from' in target && target.from ? { loadDataDir: target.from } : {}),
    startParams,
  }).catch(async (error: unknown) => {
    await release();
    throw error;
  });
  // PGlite's file system ignores the umask: what it just made (a new folder's files) is closed now.
  if ('dataDir' in target) await restrictDataDir(target.dataDir);
  const pgliteDb = drizzleModule.drizzle({ client, schema });
  const db = pgliteDb as unknown as Db;
  const run: RunSql = (text, params) => client.query(text, params);
  setTenantTransactions(db, embeddedTenantTransactions(client, db, drizzleModule));
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
    close: async () => {
      await client.close();
      await release();
    },
  };
}
