import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, orgId, version } from '../../db/columns.ts';
import { memberships } from '../organisations/table.ts';

/**
 * A member's reflection journal: only what the browser made of her passphrase and recovery key
 * (a salt, the rounds, the data key wrapped twice). No key in the clear; removing the membership
 * removes the journal and every entry at once (cascade).
 */
export const journals = pgTable('journals', {
  id: id(),
  orgId: orgId(),
  membershipId: uuid('membership_id')
    .notNull()
    .unique()
    .references(() => memberships.id, { onDelete: 'cascade' }),
  salt: text('salt').notNull(),
  iterations: integer('iterations').notNull(),
  passphraseKey: text('passphrase_key').notNull(),
  recoveryKey: text('recovery_key').notNull(),
  version: version(),
});

/**
 * One entry: ciphertext padded to a size bucket, and the day it was written. No title, tag,
 * time or size in the clear.
 */
export const journalEntries = pgTable(
  'journal_entries',
  {
    id: id(),
    orgId: orgId(),
    journalId: uuid('journal_id')
      .notNull()
      .references(() => journals.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    sealed: text('sealed').notNull(),
    version: version(),
  },
  (t) => [index('journal_entries_journal_day_idx').on(t.journalId, t.day)],
);
