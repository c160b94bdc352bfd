import { intervisionMethods } from '@derde-bron/domain';
import { date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, orgId, version } from '../../db/columns.ts';
import { registryLogs, registryPeople } from '../registry/table.ts';

/**
 * An intervisie or supervisie session for a group of registry people, with its method. The only
 * record is what the group chose to keep: themes and agreements, never client details or names.
 */
export const intervisionSessions = pgTable('intervision_sessions', {
  id: id(),
  orgId: orgId(),
  kind: text('kind', { enum: ['intervision', 'supervision'] }).notNull(),
  setting: text('setting', { enum: ['internal', 'external'] }).notNull(),
  heldOn: date('held_on').notNull(),
  method: text('method', { enum: intervisionMethods }).notNull(),
  themes: text('themes').notNull().default(''),
  agreements: text('agreements').notNull().default(''),
  /** Set when the group finished: the registry logs were written then. */
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  minutes: integer('minutes'),
  version: version(),
  createdAt: createdAt(),
});

/** Who takes part; on finishing, each gets a registry log (attendance and duration). */
export const intervisionParticipants = pgTable(
  'intervision_participants',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => intervisionSessions.id, { onDelete: 'cascade' }),
    orgId: orgId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => registryPeople.id, { onDelete: 'cascade' }),
    logId: uuid('log_id').references(() => registryLogs.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.personId] })],
);
