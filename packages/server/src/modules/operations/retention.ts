import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eraseAnswersOfClosedWaves, waveClosedAt } from '../measurement/index.ts';
import { removePeopleEndedBefore } from '../registry/index.ts';

/**
 * How long each kind of data is kept, in days, counted from the moment it stopped being of use
 * (a session's expiry, a link's expiry or use, a wave's closing, a person's last day). Set per kind with the
 * `RETENTION_<KIND>_DAYS` variables; the README lists them with their defaults.
 */
export type RetentionPeriods = {
  /** Sessions, after they expired. */
  sessions: number;
  /** Password links (set-up and reset), after they expired or were used. */
  passwordLinks: number;
  /** Invitations to an organisation, after they expired, were accepted or revoked. */
  invitations: number;
  /** Back-off counters of sign-in and link attempts, after the last failure. */
  authThrottle: number;
  /** Rate-limit counters, after their window ended. */
  rateLimits: number;
  /** The audit log, after the entry was written. */
  auditLog: number;
  /** Submission keys (retry protection) of a wave, after the wave closed. */
  submissionKeys: number;
  /** Used recovery codes for two-step verification, after use. */
  usedRecoveryCodes: number;
  /** A wave's answers (the tallies behind its figures stay), after the wave closed. */
  answers: number;
  /** A person in the registry, with their logs, after the day they stopped. */
  endedRegistryPeople: number;
  /** A report's PDF, after it was made (or asked for, if it never was). */
  reports: number;
  /** The notice of a mail that was given up on (its content is gone already), after it was queued. */
  undeliveredMail: number;
};

export const defaultRetention: RetentionPeriods = {
  sessions: 1,
  passwordLinks: 7,
  invitations: 30,
  authThrottle: 1,
  rateLimits: 0,
  auditLog: 730,
  submissionKeys: 30,
  usedRecoveryCodes: 30,
  answers: 365,
  endedRegistryPeople: 730,
  reports: 7,
  undeliveredMail: 30,
};

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
