import type { FrameworkContent } from '@derde-bron/domain';
import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from '../../db/columns.ts';
import { users } from '../auth/table.ts';

export const frameworkVersionSources = ['bundled', 'published'] as const;

/**
 * A published framework version. Its content never changes; records point at the version they used.
 * `source`: shipped with the code (`bundled`, brought in line with the code's copy at start), or
 * published by the network admin (`published`: a trigger refuses every update and delete).
 */
export const frameworkVersions = pgTable('framework_versions', {
  id: id(),
  version: integer('version').notNull().unique(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  content: jsonb('content').$type<FrameworkContent>().notNull(),
  source: text('source', { enum: frameworkVersionSources }).notNull().default('bundled'),
  publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
});

/**
 * The network admin's draft of the next framework version: always valid content (the same schema as
 * a published version), saved with optimistic concurrency (`version`), gone once published.
 */
export const frameworkDrafts = pgTable('framework_drafts', {
  id: id(),
  /** The published version it was copied from (or compared with, when imported). */
  basedOn: integer('based_on').notNull(),
  content: jsonb('content').$type<FrameworkContent>().notNull(),
  version: version(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
