import type { SectionInput } from '@derde-bron/domain';
import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The network figures as published for a period (a calendar month): worked out once, on the first
 * read of the month, and read as they are until the next. An opt-out, or one organisation closing a
 * wave, cannot be watched as it happens and differenced. Network-wide, so outside any tenant.
 */
export const networkSnapshots = pgTable('network_snapshots', {
  period: text('period').primaryKey(),
  takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
  participating: integer('participating').notNull(),
  inputs: jsonb('inputs').$type<SectionInput[]>().notNull(),
});
