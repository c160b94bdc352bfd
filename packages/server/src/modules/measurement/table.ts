import { type PublishedWave, perspectives, waveKinds } from '@derde-bron/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, orgId, updatedAt, version } from '../../db/columns.ts';
import { users } from '../auth/table.ts';
import { teams } from '../organisations/table.ts';

const perspective = () => text('perspective', { enum: perspectives }).notNull();

/**
 * A measurement wave: the 0-meting or a later one. Its thresholds are fixed when it is made: there
 * is no way to change them afterwards, so nobody can lower them once answers come in.
 */
export const measurementWaves = pgTable(
  'measurement_waves',
  {
    id: id(),
    orgId: orgId(),
    title: text('title').notNull(),
    kind: text('kind', { enum: waveKinds }).notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    perspectives: jsonb('perspectives').$type<string[]>().notNull(),
    minCell: integer('min_cell').notNull(),
    minSensitiveCell: integer('min_sensitive_cell').notNull(),
    /**
     * The results, worked out once when the wave closed, over all its views at once (the domain's
     * publication.ts). Every page, export, report and network figure reads this; nothing else.
     */
    published: jsonb('published').$type<PublishedWave>(),
    /** When the retention job erased the answers; the published results stay. */
    answersRemovedOn: date('answers_removed_on'),
    /**
     * The terugkoppeling to staff: the coordinator's thank-you text above the published summary, when
     * it was first published (null: still to do), and its version for optimistic concurrency.
     */
    feedbackIntro: text('feedback_intro'),
    feedbackPublishedAt: timestamp('feedback_published_at', { withTimezone: true }),
    feedbackVersion: integer('feedback_version').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('measurement_waves_org_idx').on(t.orgId)],
);

/**
 * A group a wave asks: one team (or none) in one perspective, with the number of people in it,
 * declared once. Answers through its links are counted here (`received`), at most `headcount`;
 * `open` goes false when the wave is published, in the same transaction, so no answer slips past.
 * `team_key` is the team's id, or '' for no team, and stays when the team is removed.
 */
export const waveGroups = pgTable(
  'wave_groups',
  {
    id: id(),
    orgId: orgId(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => measurementWaves.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    teamKey: text('team_key').notNull(),
    /** The team's name when the group was declared: what it is called if the team goes meanwhile. */
    teamName: text('team_name'),
    perspective: perspective(),
    headcount: integer('headcount').notNull(),
    received: integer('received').notNull().default(0),
    open: boolean('open').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    unique('wave_groups_group_unique').on(t.waveId, t.teamKey, t.perspective),
    check('wave_groups_headcount_positive', sql`${t.headcount} > 0 AND ${t.received} <= ${t.headcount}`),
  ],
);

/**
 * A link to a wave's group; only the token's hash is kept in the clear. A shared link takes answers
 * until its group is full; an e-mail invitation (`single_use`) takes one. Of an invitation we keep
 * whether it was used and, sealed with the secret key, its address and link, only to send one
 * reminder; the row goes when the wave is published. Never which response it brought.
 */
export const waveLinks = pgTable(
  'wave_links',
  {
    id: id(),
    orgId: orgId(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => measurementWaves.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => waveGroups.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    singleUse: boolean('single_use').notNull().default(false),
    used: boolean('used').notNull().default(false),
    sealedInvitation: text('sealed_invitation'),
    remindedOn: date('reminded_on'),
    createdAt: createdAt(),
  },
  (t) => [index('wave_links_wave_idx').on(t.waveId)],
);

/**
 * One submitted questionnaire, sealed with the server's secret key: its group and answers are
 * inside the seal, so neither a copy of the database nor its operator can read or group it. While
 * the wave is open a row is written with the submission that brought it; when the wave is published
 * every row is written anew, in random order, in one transaction that touches nothing else. The
 * plain columns are kept only for rows from before sealing, and are emptied when their wave is
 * published.
 */
export const responses = pgTable(
  'responses',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: orgId(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => measurementWaves.id, { onDelete: 'cascade' }),
    sealed: text('sealed'),
    perspective: text('perspective', { enum: perspectives }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    submittedOn: date('submitted_on'),
    answers: jsonb('answers').$type<Record<string, string | number>>(),
  },
  (t) => [index('responses_wave_idx').on(t.waveId)],
);

/**
 * Submission keys already used, so that a retry of the same submission stores one response. They
 * point at no response, and are removed when the wave is published.
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
 * What the coordinator heard in team conversations (step 1, item 2 of the framework): a summary in
 * their words, with themes, never names. Edits carry the version they started from.
 */
export const conversationNotes = pgTable(
  'conversation_notes',
  {
    id: id(),
    orgId: orgId(),
    waveId: uuid('wave_id').references(() => measurementWaves.id, { onDelete: 'set null' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    heldOn: date('held_on').notNull(),
    summary: text('summary').notNull(),
    themes: jsonb('themes').$type<string[]>().notNull(),
    version: version(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [index('conversation_notes_org_idx').on(t.orgId, t.heldOn)],
);
