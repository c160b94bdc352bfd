import { customType, integer, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../modules/organisations/table.ts';

/** Binary content (evidence files, report PDFs), kept in PostgreSQL so that every instance has it. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

// The columns most tables share. Each call makes a new column (a column belongs to one table).

/** A row's id, made by the database. */
export const id = () => uuid('id').primaryKey().defaultRandom();

/**
 * The organisation an organisation-scoped row belongs to: what its row-level security policy
 * checks, and gone with the organisation. (The organisations module's own tables do not use these
 * helpers: this file imports its table.)
 */
export const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });

/** The version an edit must name (optimistic concurrency): 1 when made, one up on every change. */
export const version = () => integer('version').notNull().default(1);

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
