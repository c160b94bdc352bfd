import { sharedItemKinds, sharedItemStatuses, stepKeys } from '@derde-bron/domain';
import { type SQL, sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, createdAt, id, orgId, updatedAt, version } from '../../db/columns.ts';
import { organisations } from '../organisations/table.ts';

const keys = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Whether an organisation takes part in the kennisnetwerk: only then it shares and finds. */
export const knowledgeNetworkMembers = pgTable('knowledge_network_members', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  sharing: boolean('sharing').notNull().default(false),
  updatedAt: updatedAt(),
});

/**
 * Something an organisation shares with the network, named by the organisation. Its own rows are
 * its own (tenant_isolation); the rows of others are readable only while `status` is `shared` and
 * the reader takes part (the `network_read` policy, drizzle/*_knowledge_network_isolation.sql).
 */
export const sharedItems = pgTable(
  'shared_items',
  {
    id: id(),
    orgId: orgId(),
    /** The organisation's name when it shared (the reader cannot read other organisations). */
    ownerName: text('owner_name').notNull(),
    kind: text('kind', { enum: sharedItemKinds }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    licence: text('licence').notNull(),
    stepKey: text('step_key', { enum: stepKeys }),
    itemKey: text('item_key'),
    phases: keys('phases'),
    audience: keys('audience'),
    activityKey: text('activity_key'),
    status: text('status', { enum: sharedItemStatuses }).notNull().default('shared'),
    /** The number of the latest content version (a new upload of the same item makes the next). */
    contentVersion: integer('content_version').notNull().default(1),
    /** Optimistic concurrency for changes to the item itself. */
    version: version(),
    sharedBy: uuid('shared_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    search: tsvector('search').generatedAlwaysAs(
      (): SQL => sql`to_tsvector('dutch', coalesce(title, '') || ' ' || coalesce(summary, ''))`,
    ),
  },
  (t) => [
    index('shared_items_org_idx').on(t.orgId),
    index('shared_items_status_idx').on(t.status, t.stepKey),
    index('shared_items_newest_idx').on(t.status, t.updatedAt.desc()),
    index('shared_items_search_idx').using('gin', t.search),
  ],
);

/** The content of one version of a shared item: a file, or the practice as a JSON document. */
export const sharedItemVersions = pgTable(
  'shared_item_versions',
  {
    id: id(),
    orgId: orgId(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => sharedItems.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    size: integer('size'),
    content: bytea('content'),
    /** A policy topic's notes per lemniscate part, as they stood when shared. */
    body: jsonb('body').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [unique('shared_item_versions_number_unique').on(t.itemId, t.number)],
);

/** What an organisation copied from the network into its own workspace, and from whom. */
export const knowledgeCopies = pgTable(
  'knowledge_copies',
  {
    id: id(),
    orgId: orgId(),
    /** No foreign key: the copy is the organisation's own, also when the original is withdrawn. */
    sharedItemId: uuid('shared_item_id').notNull(),
    target: text('target', { enum: ['activity', 'policyTopic'] }).notNull(),
    targetId: uuid('target_id').notNull(),
    title: text('title').notNull(),
    fromName: text('from_name').notNull(),
    copiedBy: uuid('copied_by'),
    createdAt: createdAt(),
  },
  (t) => [index('knowledge_copies_org_idx').on(t.orgId)],
);

/** The network's links library, curated by the network admin, beside the step items they belong to. */
export const knowledgeLinks = pgTable('knowledge_links', {
  id: id(),
  title: text('title').notNull(),
  url: text('url'),
  description: text('description').notNull().default(''),
  stepKey: text('step_key', { enum: stepKeys }),
  itemKey: text('item_key'),
  version: version(),
  createdAt: createdAt(),
});
