import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { SecretBox } from '../crypto/secret-box.ts';
import type { Db } from '../db/client.ts';
import type { Mail, Mailer } from './mailer.ts';
import { mailOutbox } from './table.ts';

export type MailPurpose = (typeof mailOutbox.$inferSelect)['purpose'];
export type MailMeta = { purpose: MailPurpose; orgId: string | null; sentBy: string | null };

/**
 * Tries per message before it is given up on. The waits between them double from one minute to at
 * most an hour: 1 + 2 + 4 + … + 32 minutes, then hourly, about 7 hours in all — long enough for a
 * mail server's outage of an afternoon.
 */
export const maxMailAttempts = 12;
export const retryDelayMinutes = (attempt: number) => Math.min(60, 2 ** (attempt - 1));
/** A try that has not finished after this long (the process died) may be taken up again. */
const leaseMinutes = 10;

type Log = {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
};

/** Queues one message: the sealed row is the queue entry, on disk in both ways the app runs. */
export async function enqueueMail(db: Db, secretBox: SecretBox, mail: Mail, meta: MailMeta): Promise<string> {
  const [row] = await db
    .insert(mailOutbox)
    .values({ sealed: secretBox.seal(JSON.stringify(mail)), ...meta })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error('mail not queued');
  return row.id;
}

/**
 * One try at one message, if it is due and no other instance is trying it. Claiming is one UPDATE
 * (the row's lease moves out), so two instances never send a message twice, and no transaction is
 * held open while the mail server answers (embedded PostgreSQL has one connection).
 */
export async function deliverMail(
  db: Db,
  secretBox: SecretBox,
  mailer: Mailer,
  log: Log,
  id: string,
): Promise<'sent' | 'retrying' | 'failed' | 'not due'> {
  const [claimed] = await db
    .update(mailOutbox)
    .set({
      attempts: sql`${mailOutbox.attempts} + 1`,
      nextAttemptAt: sql`now() + make_interval(mins => ${leaseMinutes})`,
    })
    .where(
      and(eq(mailOutbox.id, id), eq(mailOutbox.state, 'queued'), lte(mailOutbox.nextAttemptAt, sql`now()`)),
    )
    .returning();
  if (!claimed?.sealed) return 'not due';
  try {
    let mail: Mail;
    try {
      mail = JSON.parse(secretBox.open(claimed.sealed)) as Mail;
    } catch {
      // Sealed with another key (an instance started with a wrong SECRET_KEY): a failed try like
      // any other, so it is tried again (by an instance with the right key) and never lost quietly.
      throw Object.assign(new Error('sealed with another key'), { code: 'ESEALED' });
    }
    await mailer.send(mail);
  } catch (error) {
    // The mail server's message may quote the address: only its code is kept and logged.
    const code = String((error as { code?: unknown; responseCode?: unknown }).code ?? 'EMAIL');
    const attempt = claimed.attempts;
    if (attempt >= maxMailAttempts) {
      await db
        .update(mailOutbox)
        .set({ state: 'failed', sealed: null, lastError: code })
        .where(eq(mailOutbox.id, id));
      log.error({ mailId: id, purpose: claimed.purpose, attempt, code }, 'mail given up: not delivered');
      return 'failed';
    }
    await db
      .update(mailOutbox)
      .set({
        lastError: code,
        nextAttemptAt: sql`now() + make_interval(mins => ${retryDelayMinutes(attempt)})`,
      })
      .where(eq(mailOutbox.id, id));
    log.warn(
      { mailId: id, purpose: claimed.purpose, attempt, code, retryInMinutes: retryDelayMinutes(attempt) },
      'mail not delivered: will try again',
    );
    return 'retrying';
  }
  // Sent: the row goes, and with it the sealed message and its link.
  await db.delete(mailOutbox).where(eq(mailOutbox.id, id));
  return 'sent';
}

/** Ids of messages whose next try is due (after a restart, a failure, or a lost job). */
export async function dueMail(db: Db, limit = 100): Promise<string[]> {
  const rows = await db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.state, 'queued'), lte(mailOutbox.nextAttemptAt, sql`now()`)))
    .orderBy(mailOutbox.nextAttemptAt)
    .limit(limit);
  return rows.map((row) => row.id);
}

/**
 * What the person who sent mail may see of it: messages not delivered yet (a try failed) or given
 * up on. Never the content: the address and link are sealed, and gone once given up on.
 */
export async function undeliveredMailOf(db: Db, userId: string) {
  return db
    .select({
      id: mailOutbox.id,
      purpose: mailOutbox.purpose,
      state: mailOutbox.state,
      attempts: mailOutbox.attempts,
      createdAt: mailOutbox.createdAt,
      nextAttemptAt: mailOutbox.nextAttemptAt,
    })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.sentBy, userId),
        sql`(${mailOutbox.state} = 'failed' or ${mailOutbox.lastError} is not null)`,
      ),
    )
    .orderBy(desc(mailOutbox.createdAt));
}

/** The sender has read the notice of a message given up on. */
export async function dismissFailedMail(db: Db, userId: string, id: string): Promise<boolean> {
  const removed = await db
    .delete(mailOutbox)
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.sentBy, userId), eq(mailOutbox.state, 'failed')))
    .returning({ id: mailOutbox.id });
  return removed.length > 0;
}
