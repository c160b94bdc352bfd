import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { notFound } from '../http-error.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Tx } from './tenant.ts';

/** The one row an INSERT … RETURNING gave back; no row means the write failed, which is a bug. */
export function insertedRow<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('the insert returned no row');
  return row;
}

/** The one row a lookup found; none is "not found" (404), as is a row of another organisation. */
export function foundRow<T>(rows: T[], messageKey?: MessageKey): T {
  const [row] = rows;
  if (row === undefined) throw notFound(messageKey);
  return row;
}

/** A table of organisation data whose rows have their own id. */
type OrgTable = PgTable & { id: PgColumn; orgId: PgColumn };

/**
 * One row of the organisation by its id, or "not found" (404): a row of another organisation is
 * not found either, also before row-level security would hide it.
 */
export async function rowOfOrg<T extends OrgTable>(
  tx: Tx,
  table: T,
  orgId: string,
  id: string,
  messageKey?: MessageKey,
): Promise<T['$inferSelect']> {
  const rows = await tx
    .select()
    .from(table as PgTable)
    .where(and(eq(table.orgId, orgId), eq(table.id, id)));
  return foundRow(rows as T['$inferSelect'][], messageKey);
}

/** Deletes one row of the organisation by its id; none is "not found" (404), as with rowOfOrg. */
export async function deleteRowOfOrg(tx: Tx, table: OrgTable, orgId: string, id: string) {
  const deleted = await tx
    .delete(table)
    .where(and(eq(table.orgId, orgId), eq(table.id, id)))
    .returning({ id: table.id });
  if (deleted.length === 0) throw notFound();
}

/** A table that holds one row per organisation (its settings, its plan), saved with a version. */
type VersionedOrgTable = PgTable & { orgId: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * Saves the organisation's one row of `table` if nobody saved it since `version`: the first save
 * inserts it, a later one updates it, both at `version + 1`. False: someone else saved in between.
 */
export async function saveVersionedRow<T extends VersionedOrgTable>(
  tx: Tx,
  table: T,
  orgId: string,
  version: number,
  values: Omit<T['$inferInsert'], 'orgId' | 'version'>,
): Promise<boolean> {
  const row = { ...values, version: version + 1 };
  const saved = await tx
    .insert(table as PgTable)
    .values({ ...row, orgId } as PgTable['$inferInsert'])
    .onConflictDoUpdate({
      target: table.orgId,
      set: { ...row, updatedAt: new Date() },
      setWhere: eq(table.version, version),
    })
    .returning({ version: table.version });
  return saved.length > 0;
}
