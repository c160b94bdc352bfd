import type { BudgetLine, FormationTarget, RegistryNorms } from '@derde-bron/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, orgId, updatedAt, version } from '../../db/columns.ts';
import { memberships, organisations, teams } from '../organisations/table.ts';

const keys = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);

/**
 * A person who brings experiential expertise: an ervaringsdeskundige, or a staff member who deploys
 * their experiential knowledge. Never their lived experience: only deployment, support and funding.
 */
export const registryPeople = pgTable(
  'registry_people',
  {
    id: id(),
    orgId: orgId(),
    /** The member account of this person, if any: then they see and edit their own record. */
    membershipId: uuid('membership_id').references(() => memberships.id, { onDelete: 'set null' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['expert', 'staff'] }).notNull(),
    roles: keys('roles'),
    phases: keys('phases'),
    levels: keys('levels'),
    coreTasks: keys('core_tasks'),
    /** Tasks of the beroepscompetentieprofiel (domain `bcpTaskKeys`). */
    bcpTasks: keys('bcp_tasks'),
    employment: text('employment', { enum: ['paid', 'volunteer'] }).notNull(),
    hoursPerWeek: real('hours_per_week'),
    fundingSource: text('funding_source', { enum: ['structural', 'project', 'subsidy'] }),
    fundingEndsOn: date('funding_ends_on'),
    trainingName: text('training_name'),
    /** Free text from before the NLQF scale; kept readable. */
    trainingLevel: text('training_level'),
    trainingNlqf: integer('training_nlqf'),
    trainingRoute: text('training_route', { enum: ['diploma', 'certificate'] }),
    trainingCompletedOn: date('training_completed_on'),
    trainingRecognised: boolean('training_recognised').notNull().default(false),
    /** Why an ervaringsdeskundige works without a recognised training. */
    trainingException: text('training_exception'),
    registrationNumber: text('registration_number'),
    registrationExpiresOn: date('registration_expires_on'),
    /** SKJ (Stichting Kwaliteitsregister Jeugd): the second register, for work with children. */
    skjNumber: text('skj_number'),
    skjExpiresOn: date('skj_expires_on'),
    startedOn: date('started_on'),
    endedOn: date('ended_on'),
    /** The functiehuis: job, pay scale, and whether an addendum widens an existing job. */
    jobTitle: text('job_title'),
    salaryScale: text('salary_scale'),
    jobAddendum: boolean('job_addendum').notNull().default(false),
    /** The newest intervisie or supervisie in the logs, kept with every log change (for the signals). */
    lastReflectionOn: date('last_reflection_on'),
    /** Opt-in by the person herself: mail her own signals (expiry, funding, supervision gap). */
    signalMails: boolean('signal_mails').notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('registry_people_org_idx').on(t.orgId, t.name),
    uniqueIndex('registry_people_membership_unique')
      .on(t.membershipId)
      .where(sql`${t.membershipId} is not null`),
  ],
);

/** Intervisie and supervisie sessions and trainings attended. No notes: nothing personal. */
export const registryLogs = pgTable(
  'registry_logs',
  {
    id: id(),
    orgId: orgId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => registryPeople.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['intervision', 'supervision', 'training'] }).notNull(),
    heldOn: date('held_on').notNull(),
    setting: text('setting', { enum: ['internal', 'external'] }).notNull(),
    title: text('title'),
    /** Duration in hours (quarters allowed), for the re-registration norms; null when not recorded. */
    hours: real('hours'),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index('registry_logs_person_idx').on(t.personId, t.heldOn)],
);

/** Per organisation: the conditions per expert role (a Registerplein registration, a recognised training). */
export const registrySettings = pgTable('registry_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  rolesRequiringRegistration: keys('roles_requiring_registration'),
  rolesRequiringTraining: keys('roles_requiring_training'),
  /** The organisation's own norms (domain `RegistryNorms`); null means the product's defaults. */
  norms: jsonb('norms').$type<RegistryNorms>(),
  /** The levels the organisation has; null means every level the registry knows. */
  levelsPresent: text('levels_present').array(),
  version: version(),
  updatedAt: updatedAt(),
});

/** An activity the organisation runs: one of the guide's (`activityKey`) or its own (`name`). */
export const activities = pgTable(
  'activities',
  {
    id: id(),
    orgId: orgId(),
    activityKey: text('activity_key'),
    name: text('name'),
    phases: keys('phases'),
    leaderPersonIds: uuid('leader_person_ids').array().notNull().default(sql`'{}'::uuid[]`),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index('activities_org_idx').on(t.orgId)],
);

/** Reach of an activity in one quarter, as counts. Never who took part. */
export const activityReach = pgTable(
  'activity_reach',
  {
    id: id(),
    orgId: orgId(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    quarter: text('quarter').notNull(),
    /** Everyone reached: the sum of the audiences when they are recorded. */
    participants: integer('participants').notNull(),
    /** Per audience (domain `reachAudiences`); null in counts recorded before the split. */
    adults: integer('adults'),
    children: integer('children'),
    partners: integer('partners'),
    network: integer('network'),
    sessions: integer('sessions'),
    updatedAt: updatedAt(),
  },
  (t) => [unique('activity_reach_quarter_unique').on(t.activityId, t.quarter)],
);

/**
 * The formatieplan per organisation: targets per level, phase and role (people and FTE) and the
 * budget in euros by source with start and end dates (domain `FormationPlan`), saved as a whole.
 */
export const formationPlans = pgTable('formation_plans', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  hoursPerFte: real('hours_per_fte').notNull(),
  targets: jsonb('targets').$type<FormationTarget[]>().notNull(),
  budget: jsonb('budget').$type<BudgetLine[]>().notNull(),
  version: version(),
  updatedAt: updatedAt(),
});

/**
 * The signals mailed to a person (opt-in, `signal_mails`): one row per signal and date, so the same
 * signal is mailed once and a new date (a renewed registration expiring again) is mailed again.
 */
export const registrySignalMails = pgTable(
  'registry_signal_mails',
  {
    id: id(),
    orgId: orgId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => registryPeople.id, { onDelete: 'cascade' }),
    signalKey: text('signal_key').notNull(),
    /** The signal's date; '' when it has none. */
    signalDate: text('signal_date').notNull().default(''),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('registry_signal_mails_unique').on(t.personId, t.signalKey, t.signalDate)],
);
