import {
  adviceRoles,
  goalAchievedValues,
  goalStatuses,
  itemStatuses,
  type LemniscatePhaseKey,
  lemniscatePhases,
  stepKeys,
} from '@derde-bron/domain';
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { bytea, createdAt, id, orgId, updatedAt, version } from '../../db/columns.ts';
import { measurementWaves } from '../measurement/table.ts';
import { memberships, organisations } from '../organisations/table.ts';

/** The framework version the roadmap followed when the record was made; set by a trigger (migration). */
const madeUnderVersion = () => integer('framework_version');
const ownerMembershipId = () =>
  uuid('owner_membership_id').references(() => memberships.id, { onDelete: 'set null' });

/** One per organisation: which published framework version its roadmap follows. */
export const roadmaps = pgTable('roadmaps', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  frameworkVersion: integer('framework_version').notNull(),
  createdAt: createdAt(),
});

/** The organisation's state of one item of the framework, keyed by the item's stable key. */
export const roadmapItems = pgTable(
  'roadmap_items',
  {
    id: id(),
    orgId: orgId(),
    itemKey: text('item_key').notNull(),
    stepKey: text('step_key').notNull(),
    status: text('status', { enum: itemStatuses }).notNull().default('notStarted'),
    ownerMembershipId: ownerMembershipId(),
    dueDate: date('due_date'),
    notes: text('notes').notNull().default(''),
    notApplicableReason: text('not_applicable_reason'),
    /** Optimistic concurrency: every save must name the version it started from. */
    version: version(),
    updatedAt: updatedAt(),
    /** Items left behind by a newer framework version stay readable, but out of the progress. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [unique('roadmap_items_org_item_unique').on(t.orgId, t.itemKey)],
);

/** Every change to an item: who, when, and each field from what to what. Never edited. */
export const roadmapItemHistory = pgTable(
  'roadmap_item_history',
  {
    id: id(),
    orgId: orgId(),
    itemKey: text('item_key').notNull(),
    changedBy: uuid('changed_by'),
    changedByName: text('changed_by_name').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changes: jsonb('changes')
      .$type<Array<{ field: string; from: string | null; to: string | null }>>()
      .notNull(),
    frameworkVersion: madeUnderVersion(),
  },
  (t) => [
    index('roadmap_item_history_org_item_idx').on(t.orgId, t.itemKey, t.changedAt),
    index('roadmap_item_history_org_recent_idx').on(t.orgId, t.changedAt),
  ],
);

export const roadmapDecisions = pgTable(
  'roadmap_decisions',
  {
    id: id(),
    orgId: orgId(),
    stepKey: text('step_key').notNull(),
    itemKey: text('item_key').notNull(),
    decidedOn: date('decided_on').notNull(),
    decision: text('decision').notNull(),
    rationale: text('rationale').notNull(),
    decidedBy: text('decided_by').notNull(),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
    frameworkVersion: madeUnderVersion(),
  },
  (t) => [index('roadmap_decisions_org_idx').on(t.orgId, t.itemKey)],
);

/** Evidence for an item: a link (e.g. the vision document online) or an uploaded file. */
export const roadmapEvidence = pgTable(
  'roadmap_evidence',
  {
    id: id(),
    orgId: orgId(),
    itemKey: text('item_key').notNull(),
    title: text('title').notNull(),
    url: text('url'),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    size: integer('size'),
    content: bytea('content'),
    addedBy: uuid('added_by'),
    createdAt: createdAt(),
    frameworkVersion: madeUnderVersion(),
  },
  (t) => [index('roadmap_evidence_org_item_idx').on(t.orgId, t.itemKey)],
);

export const roadmapGoals = pgTable(
  'roadmap_goals',
  {
    id: id(),
    orgId: orgId(),
    stepKey: text('step_key', { enum: stepKeys }).notNull(),
    title: text('title').notNull(),
    ownerMembershipId: ownerMembershipId(),
    deadline: date('deadline'),
    status: text('status', { enum: goalStatuses }).notNull().default('open'),
    achieved: text('achieved', { enum: goalAchievedValues }),
    /** The review cycle the goal was last looked at in. */
    cycle: integer('cycle').notNull().default(1),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    /** The result the goal was made from ("maak hier een doel van"): a wave and one of its items. */
    sourceWaveId: uuid('source_wave_id').references(() => measurementWaves.id, { onDelete: 'set null' }),
    sourceItemKey: text('source_item_key'),
    frameworkVersion: madeUnderVersion(),
  },
  (t) => [
    index('roadmap_goals_org_idx').on(t.orgId),
    index('roadmap_goals_source_idx').on(t.orgId, t.sourceItemKey),
  ],
);

/**
 * Every "doel behaald?" answer a goal got, one per review: from the goals page, or from the
 * monitor's eind-meting (`monitor_round_id`). The goal's own `achieved` is the latest of these.
 */
export const roadmapGoalReviews = pgTable(
  'roadmap_goal_reviews',
  {
    id: id(),
    orgId: orgId(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => roadmapGoals.id, { onDelete: 'cascade' }),
    cycle: integer('cycle').notNull(),
    /** The monitor's eind-meting it was answered in, if any (no foreign key: the monitor reads the roadmap, not the other way round). */
    monitorRoundId: uuid('monitor_round_id'),
    achieved: text('achieved', { enum: goalAchievedValues }),
    note: text('note').notNull().default(''),
    reviewedBy: uuid('reviewed_by'),
    reviewedByName: text('reviewed_by_name').notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('roadmap_goal_reviews_org_goal_idx').on(t.orgId, t.goalId, t.reviewedAt)],
);

/** A policy topic going round Movisie's lemniscate (step 2). */
export const policyTopics = pgTable(
  'policy_topics',
  {
    id: id(),
    orgId: orgId(),
    title: text('title').notNull(),
    round: integer('round').notNull().default(1),
    phase: text('phase', { enum: lemniscatePhases }).notNull().default('unlock'),
    notes: jsonb('notes')
      .$type<Partial<Record<LemniscatePhaseKey, string>>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index('policy_topics_org_idx').on(t.orgId)],
);

/**
 * The capacity actually appointed for step 3 (item 1): one per organisation, so the step-3 advice
 * can be set against it. Changes go to the audit log; `version` guards against overwriting.
 */
export const roadmapCapacities = pgTable('roadmap_capacities', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  role: text('role', { enum: adviceRoles }).notNull(),
  hoursPerWeek: integer('hours_per_week').notNull(),
  startedOn: date('started_on').notNull(),
  endsOn: date('ends_on'),
  version: version(),
  updatedAt: updatedAt(),
});
