import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eraseAnswersOfClosedWaves, waveClosedAt } from '../measurement/index.ts';
import { removePeopleEndedBefore } from '../registry/index.ts';
import type { RetentionPeriods } from './retention-periods.ts';

export { defaultRetention, type RetentionPeriods } from './retention-periods.ts';

export const retentionQueue = 'retention';

/**
 * Deletes what has passed its retention period; answers how many rows of each kind went (for the
 * answers: how many waves had theirs erased).
 */
export async function enforceRetention(
  db: Db,
  periods: RetentionPeriods,
): Promise<Record<keyof RetentionPeriods, number>> {
  const days = (kind: keyof RetentionPeriods) => sql`make_interval(days => ${periods[kind]})`;
  const count = (result: unknown) =>
    (result as { rowCount?: number; affectedRows?: number }).rowCount ??
    (result as { affectedRows?: number }).affectedRows ??
    0;
  return db.transaction(async (tx) => {
    const exec = async (query: ReturnType<typeof sql>) => count(await tx.execute(query));
    // The audit log refuses deletes unless this transaction says it is retention (see 0002).
    await tx.execute(sql`select set_config('app.audit_purge', 'on', true)`);
    return {
      sessions: await exec(sql`delete from sessions where expires_at < now() - ${days('sessions')}`),
      passwordLinks: await exec(
        sql`delete from password_resets where coalesce(used_at, expires_at) < now() - ${days('passwordLinks')}`,
      ),
      invitations: await exec(
        sql`delete from invitations where least(coalesce(used_at, expires_at), coalesce(revoked_at, expires_at), expires_at) < now() - ${days('invitations')}`,
      ),
      authThrottle: await exec(
        sql`delete from auth_throttle where last_failure_at < now() - ${days('authThrottle')} and (blocked_until is null or blocked_until < now())`,
      ),
      rateLimits: await exec(sql`delete from rate_limit_hits where reset_at < now() - ${days('rateLimits')}`),
      auditLog: await exec(sql`delete from audit_log where at < now() - ${days('auditLog')}`),
      submissionKeys: await exec(sql`
        delete from submission_keys k using measurement_waves
        where measurement_waves.id = k.wave_id and ${waveClosedAt} < now() - ${days('submissionKeys')}`),
      usedRecoveryCodes: await exec(
        sql`delete from recovery_codes where used_at < now() - ${days('usedRecoveryCodes')}`,
      ),
      answers: await eraseAnswersOfClosedWaves(tx, periods.answers),
      endedRegistryPeople: await removePeopleEndedBefore(tx, periods.endedRegistryPeople),
      reports: await exec(
        sql`delete from reports where coalesce(finished_at, created_at) < now() - ${days('reports')}`,
      ),
      undeliveredMail: await exec(
        sql`delete from mail_outbox where state = 'failed' and created_at < now() - ${days('undeliveredMail')}`,
      ),
    };
  });
}
