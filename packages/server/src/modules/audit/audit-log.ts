import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tenant.ts';
import { users } from '../auth/table.ts';
import { auditLog } from './table.ts';

/** The actions that are logged. Kept short on purpose: each is something a board may be asked about. */
export type AuditAction =
  | 'auth.signedIn'
  | 'auth.signedOut'
  | 'auth.signedOutEverywhere'
  | 'auth.passwordReset'
  | 'auth.twoFactorEnabled'
  | 'organisation.created'
  | 'invitation.created'
  | 'invitation.accepted'
  | 'invitation.revoked'
  | 'member.roleChanged'
  | 'member.removed'
  | 'member.sessionsEnded'
  | 'team.created'
  | 'team.renamed'
  | 'team.deleted'
  | 'roadmap.exported'
  | 'roadmap.frameworkVersionChanged'
  | 'measurement.exported'
  | 'measurement.invitationsSent'
  | 'measurement.remindersSent'
  | 'measurement.groupDeclared'
  | 'measurement.linkCreated'
  | 'measurement.linkRevoked'
  | 'measurement.noteSaved'
  | 'measurement.noteDeleted'
  | 'registry.exported'
  | 'registry.imported'
  | 'registry.personDeleted'
  | 'network.optedOut'
  | 'network.optedIn'
  | 'report.generated'
  | 'data.exported'
  | 'data.exportRefused'
  | 'data.deleted';

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

/** The newest entries of one organisation, with the actor's name. */
export async function listAudit(tx: Tx, orgId: string, limit: number) {
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
    .where(and(eq(auditLog.orgId, orgId)))
    .orderBy(desc(auditLog.at))
    .limit(limit);
}
