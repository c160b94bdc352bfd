import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/table.ts';
import type { WaveTotals } from '../network/wave-totals.ts';
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
    /** When the retention job erased the answers; from then on the tallies are the only record. */
    answersRemovedOn: date('answers_removed_on'),
    /** The closed wave's whole-organisation figures, stored once it can take no more answers. */
    closedTotals: jsonb('closed_totals').$type<WaveTotals>(),
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
    /**
     * An e-mail invitation is a link for one person: it takes one response. Of it we keep only
     * whether it was used; not the address, not when, and not which response.
     */
    singleUse: boolean('single_use').notNull().default(false),
    used: boolean('used').notNull().default(false),
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

/**
 * What a wave's responses add up to per team and perspective (see the domain's tally.ts), kept up
 * to date in the same transaction that stores each response, so results never read every response.
 * One row per measure: `responses`, `scale:<key>` or `sensitive:<item>:<option>`. `team_key` is the
 * team's id, or '' for no team.
 */
export const responseTallies = pgTable(
  'response_tallies',
  {
    orgId: orgId(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => measurementWaves.id, { onDelete: 'cascade' }),
    teamKey: text('team_key').notNull(),
    perspective: perspective(),
    measure: text('measure').notNull(),
    n: integer('n').notNull().default(0),
    sum: doublePrecision('sum').notNull().default(0),
    d1: integer('d1').notNull().default(0),
    d2: integer('d2').notNull().default(0),
    d3: integer('d3').notNull().default(0),
    d4: integer('d4').notNull().default(0),
    d5: integer('d5').notNull().default(0),
    offered: integer('offered').notNull().default(0),
    dontKnows: integer('dont_knows').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.waveId, t.teamKey, t.perspective, t.measure] })],
);

/**
 * What the coordinator heard in team conversations (step 1, item 2 of the framework): a summary in
 * their words, with themes, never names. Edits carry the version they started from.
 */
export const conversationNotes = pgTable(
  'conversation_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    waveId: uuid('wave_id').references(() => measurementWaves.id, { onDelete: 'set null' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    heldOn: date('held_on').notNull(),
    summary: text('summary').notNull(),
    themes: jsonb('themes').$type<string[]>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('conversation_notes_org_idx').on(t.orgId, t.heldOn)],
);
