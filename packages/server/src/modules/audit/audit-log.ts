import type { AuditAction } from '@derde-bron/domain';
import { and, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { auditLog } from './table.ts';

export type AuditEntry = {
  orgId: string | null;
  actorUserId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  details?: Record<string, string | number | boolean | null>;
};

export async function recordAudit(db: Db | Tx, entry: AuditEntry) {
  await db.insert(auditLog).values({ ...entry, details: entry.details ?? {} });
}

/** Where a page of the log ends: the last entry's time and id (entries are ordered by both). */
export type AuditCursor = { at: Date; id: string };

export const encodeAuditCursor = (cursor: AuditCursor) =>
  Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`).toString('base64url');

export function decodeAuditCursor(text: string): AuditCursor | null {
  const [at, id] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) return null;
  return { at: date, id };
}

/**
 * One page of an organisation's log, newest first, with the actor's name: entries before `before`,
 * of one action if asked, between two days if asked (`to` included). Answers one entry more than
 * the page so the caller knows whether there is a next page.
 */
export async function listAudit(
  tx: Tx,
  orgId: string,
  query: { limit: number; before?: AuditCursor; action?: string; from?: string; to?: string },
) {
  const conditions = [eq(auditLog.orgId, orgId)];
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.from) conditions.push(gte(auditLog.at, new Date(`${query.from}T00:00:00Z`)));
  if (query.to)
    conditions.push(lt(auditLog.at, new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000)));
  if (query.before) {
    const { at, id } = query.before;
    conditions.push(or(lt(auditLog.at, at), and(eq(auditLog.at, at), lt(auditLog.id, id))) as SQL);
  }
  return tx
    .select({
      id: auditLog.id,
      action: auditLog.action,
      actorName: users.name,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
      at: auditLog.at,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(query.limit + 1);
}
