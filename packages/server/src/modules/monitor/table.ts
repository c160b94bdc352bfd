import { monitorRoundKinds, monitorTeamRoles } from '@derde-bron/domain';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, orgId, updatedAt, version } from '../../db/columns.ts';
import { memberships } from '../organisations/table.ts';

/** The implementation team: named members of the organisation, each with a role in the team. */
export const monitorTeamMembers = pgTable(
  'monitor_team_members',
  {
    id: id(),
    orgId: orgId(),
    membershipId: uuid('membership_id')
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    teamRole: text('team_role', { enum: monitorTeamRoles }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('monitor_team_members_org_member_unique').on(t.orgId, t.membershipId)],
);

/** A begin- or eind-meting of one cycle, scored against one monitor content version. */
export const monitorRounds = pgTable(
  'monitor_rounds',
  {
    id: id(),
    orgId: orgId(),
    cycle: integer('cycle').notNull(),
    kind: text('kind', { enum: monitorRoundKinds }).notNull(),
    contentVersion: integer('content_version').notNull(),
    heldOn: date('held_on').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [unique('monitor_rounds_org_cycle_kind_unique').on(t.orgId, t.cycle, t.kind)],
);

/** The team's score of one step (`step:…`) or item (`item:…`) in a round, with why and evidence. */
export const monitorScores = pgTable(
  'monitor_scores',
  {
    id: id(),
    orgId: orgId(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => monitorRounds.id, { onDelete: 'cascade' }),
    subjectKey: text('subject_key').notNull(),
    score: smallint('score'),
    rationale: text('rationale').notNull().default(''),
    evidence: jsonb('evidence').$type<Array<{ title: string; url: string }>>().notNull().default([]),
    version: version(),
    updatedBy: uuid('updated_by'),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('monitor_scores_round_subject_unique').on(t.roundId, t.subjectKey),
    index('monitor_scores_org_idx').on(t.orgId),
  ],
);
