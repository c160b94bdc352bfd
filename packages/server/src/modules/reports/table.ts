import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, createdAt, id } from '../../db/columns.ts';
import { users } from '../auth/table.ts';
import { organisations } from '../organisations/table.ts';

/**
 * A report asked for: made by the job queue (whichever instance takes the job), then kept for
 * download until the retention job removes it. `orgId` is null for the network report.
 */
export const reports = pgTable(
  'reports',
  {
    id: id(),
    orgId: uuid('org_id').references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['implementation', 'network'] }).notNull(),
    variant: text('variant'),
    locale: text('locale', { enum: ['nl', 'en'] }).notNull(),
    year: integer('year'),
    /** What makes two requests the same report (kind, variant, locale, year). */
    sameAs: text('same_as').notNull(),
    status: text('status', { enum: ['queued', 'ready', 'empty', 'failed'] })
      .notNull()
      .default('queued'),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    pdf: bytea('pdf'),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('reports_org_idx').on(t.orgId, t.createdAt),
    // One report in the making per organisation and kind of report: asking again joins it.
    uniqueIndex('reports_queued_unique')
      .on(sql`coalesce(${t.orgId}::text, '')`, t.sameAs)
      .where(sql`${t.status} = 'queued'`),
  ],
);
