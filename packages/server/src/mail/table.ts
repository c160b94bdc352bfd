import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../modules/auth/table.ts';

/**
 * Mail waiting to leave, one row a message. The message is sealed with the server's secret key and
 * the row is deleted once the mail server took it, so the link inside (a token) is kept no longer
 * than needed; the job queue only ever holds the row's id. A message given up on loses its
 * content and stays as a notice for the person who sent it (see outbox.ts).
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The message (to, subject, text), sealed; null once it was given up on. */
    sealed: text('sealed'),
    purpose: text('purpose', {
      enum: ['invitation', 'surveyInvitation', 'surveyReminder', 'passwordReset', 'signalMail'],
    }).notNull(),
    orgId: uuid('org_id'),
    /** Who caused the mail (null for a password reset): the one person who is told it did not arrive. */
    sentBy: uuid('sent_by').references(() => users.id, { onDelete: 'set null' }),
    state: text('state', { enum: ['queued', 'failed'] })
      .notNull()
      .default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** When the next try may start; while a try runs, it is pushed out (a lease). */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** The mail server's error code of the last try (never its message: it may quote the address). */
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('mail_outbox_due_idx').on(t.state, t.nextAttemptAt),
    index('mail_outbox_sent_by_idx').on(t.sentBy),
  ],
);
