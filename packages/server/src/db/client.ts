import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { openEmbedded } from './embedded.ts';
import type { EmbeddedClient } from './embedded-client.ts';

/**
 * The query builder over either driver. Without drizzle's relational API (`db.query.…`): the app
 * never used it, and drizzle built one of its query objects per table for every transaction.
 */
export type Db = PgDatabase<PgQueryResultHKT>;

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
 * Each driver is loaded only when it is used: PGlite would cost a server instance some 40 MB, and
 * `pg` with pg-boss would add to every embedded start.
 */
export async function openDatabase(
  target: DatabaseTarget,
  /** Embedded: PGlite already being started for `target` (main.ts). */
  opening?: Promise<EmbeddedClient>,
): Promise<Database> {
  if ('url' in target) {
    const { openServer } = await import('./server-database.ts');
    return openServer(target.url, pingWith);
  }
  return openEmbedded(target, pingWith, opening);
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
