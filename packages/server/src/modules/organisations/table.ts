import { orgRoles } from '@derde-bron/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/table.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** A member organisation of the association: the tenant every scoped row belongs to. */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  /** The organisation takes no part in the network benchmark (its figures are in no aggregate). */
  benchmarkOptedOut: boolean('benchmark_opted_out').notNull().default(false),
  /** The organisation's size, for the network's fair figures (per 100 FTE staff, per 1,000 clients). */
  staffFte: real('staff_fte'),
  clientsPerYear: integer('clients_per_year'),
  /** Optimistic concurrency of the size. */
  sizeVersion: integer('size_version').notNull().default(1),
  createdAt: createdAt(),
});

export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('teams_org_name_unique').on(t.orgId, t.name)],
);

/** A person's place in one organisation, with one role. A user belongs to one organisation. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: orgRoles }).notNull(),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('memberships_org_idx').on(t.orgId),
    check('memberships_team_manager_has_team', sql`${t.role} <> 'team_manager' or ${t.teamId} is not null`),
  ],
);

/** An e-mailed, single-use invitation to join an organisation with a role. */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    email: text('email').notNull(),
    role: text('role', { enum: orgRoles }).notNull(),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('invitations_org_idx').on(t.orgId)],
);
