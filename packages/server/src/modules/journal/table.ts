import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { memberships, organisations } from '../organisations/table.ts';

const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });

/**
 * A member's reflection journal: only what the browser made of her passphrase and recovery key
 * (a salt, the rounds, the data key wrapped twice). No key in the clear; removing the membership
 * removes the journal and every entry at once (cascade).
 */
export const journals = pgTable('journals', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: orgId(),
  membershipId: uuid('membership_id')
    .notNull()
    .unique()
    .references(() => memberships.id, { onDelete: 'cascade' }),
  salt: text('salt').notNull(),
  iterations: integer('iterations').notNull(),
  passphraseKey: text('passphrase_key').notNull(),
  recoveryKey: text('recovery_key').notNull(),
  version: integer('version').notNull().default(1),
});

/**
 * One entry: ciphertext padded to a size bucket, and the day it was written. No title, tag,
 * time or size in the clear.
 */
export const journalEntries = pgTable(
  'journal_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    journalId: uuid('journal_id')
      .notNull()
      .references(() => journals.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    sealed: text('sealed').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('journal_entries_journal_day_idx').on(t.journalId, t.day)],
);
