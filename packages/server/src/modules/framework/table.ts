import type { FrameworkContent } from '@derde-bron/domain';
import { integer, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A published framework version. Its content never changes; records point at the version they used. */
export const frameworkVersions = pgTable('framework_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  version: integer('version').notNull().unique(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  content: jsonb('content').$type<FrameworkContent>().notNull(),
});
