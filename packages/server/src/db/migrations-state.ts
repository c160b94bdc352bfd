import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrationsFolder } from '../paths.ts';
import type { Db } from './client.ts';

/** The newest migration this code ships (drizzle records each applied one by this timestamp). */
const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
  entries: Array<{ when: number }>;
};
export const newestMigration = Math.max(...journal.entries.map((entry) => entry.when));

/**
 * True when every migration this code ships has run: drizzle runs exactly those newer than the
 * newest it recorded, so there is then nothing to do. Throws before the first migration (no table).
 */
export async function migrationsCurrent(db: Db): Promise<boolean> {
  const result = (await db.execute(
    sql`select coalesce(max(created_at), 0)::text as newest from drizzle.__drizzle_migrations`,
  )) as unknown as { rows: Array<{ newest: string }> };
  return Number(result.rows[0]?.newest ?? 0) >= newestMigration;
}

/** Runs `migrate` unless every migration has run already (a start then skips drizzle's own checks). */
export async function migrateUnlessCurrent(db: Db, migrate: () => Promise<void>) {
  const current = await migrationsCurrent(db).catch(() => false);
  if (!current) await migrate();
}
