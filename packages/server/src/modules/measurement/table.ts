import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, teams } from '../organisations/table.ts';

const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
const perspective = () =>
  text('perspective', { enum: ['staff', 'expert', 'management', 'coordinator'] }).notNull();

/**
 * A measurement wave: the 0-meting or a later one. Its thresholds are fixed when it is made: there
 * is no way to change them afterwards, so nobody can lower them once answers come in.
 */
export const measurementWaves = pgTable(
  'measurement_waves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    title: text('title').notNull(),
    kind: text('kind', { enum: ['baseline', 'followUp'] }).notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    perspectives: jsonb('perspectives').$type<string[]>().notNull(),
    minCell: integer('min_cell').notNull(),
    minSensitiveCell: integer('min_sensitive_cell').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('measurement_waves_org_idx').on(t.orgId)],
);

/** An anonymous link for one perspective (and team) of a wave; only the token's hash is kept. */
export const waveLinks = pgTable(
  'wave_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => measurementWaves.id, { onDelete: 'cascade' }),
    perspective: perspective(),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('wave_links_wave_idx').on(t.waveId)],
);

/**
 * One submitted questionnaire. Deliberately without account, link, address, browser or time of
 * day: only the day, the group it was asked in, and the answers. The id is random.
 */
export const responses = pgTable(
  'responses',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: orgId(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => measurementWaves.id, { onDelete: 'cascade' }),
    perspective: perspective(),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    submittedOn: date('submitted_on').notNull(),
    answers: jsonb('answers').$type<Record<string, string | number>>().notNull(),
  },
  (t) => [index('responses_wave_idx').on(t.waveId)],
);

/**
 * Submission keys already used, so that a retry of the same submission stores one response. They
 * point at no response: the key only says "this submission arrived".
 */
export const submissionKeys = pgTable(
  'submission_keys',
  {
    orgId: orgId(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => measurementWaves.id, { onDelete: 'cascade' }),
    keyHash: text('key_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.waveId, t.keyHash] })],
);
