import { diffFrameworks, frameworkContentSchema } from '@derde-bron/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessRoutes } from '../../http/access-routes.ts';
import { conflictWith } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import {
  createDraft,
  currentPublished,
  deleteDraft,
  draftOf,
  getDraft,
  listDrafts,
  publishDraft,
  saveDraft,
} from './draft-repository.ts';
import type { PublishedFrameworkCache } from './published-cache.ts';
import { draftParams, draftSchema, draftSummarySchema, frameworkDiffSchema } from './schemas.ts';

/**
 * The network admin's drafts of a new framework version: made from the current version or imported
 * as JSON, saved whole (validated by the same schema as every published version, every problem named),
 * compared with the current version, and published as the next number, after which it never changes.
 */
const draftRoutes: FastifyPluginAsyncZod<{ published: PublishedFrameworkCache }> = async (
  app,
  { published },
) => {
  const { db } = app.database;
  const route = accessRoutes(app, { access: 'networkAdmin', tags: ['framework'] });

  route.get('/api/framework/drafts', {
    summary: 'The drafts of a new framework version (network_admin only)',
    response: z.object({ drafts: z.array(draftSummarySchema) }),
    handler: async () => ({ drafts: await listDrafts(db) }),
  });

  route.post('/api/framework/drafts', {
    summary: 'Start a draft: a copy of the current version, or an imported version (JSON)',
    body: z.strictObject({ content: frameworkContentSchema.optional() }),
    response: draftSchema,
    status: 201,
    handler: async ({ body, request }) => {
      const current = await currentPublished(db);
      const row = await createDraft(db, {
        basedOn: current.version,
        content: body.content ?? current.content,
        createdBy: request.signedIn.user.id,
      });
      return draftOf(row);
    },
  });

  route.get('/api/framework/drafts/:draftId', {
    summary: 'One draft with its content (also its JSON export)',
    params: draftParams,
    response: draftSchema,
    handler: async ({ params }) => draftOf(await getDraft(db, params.draftId)),
  });

  route.put('/api/framework/drafts/:draftId', {
    summary: 'Save a draft whole; refused with every problem named, 409 if someone saved it since',
    params: draftParams,
    body: z.strictObject({ version: z.int().positive(), content: frameworkContentSchema }),
    response: draftSchema,
    errors: { 409: conflictWith(draftSchema) },
    handler: async ({ params, body }) =>
      draftOf(await db.transaction((tx) => saveDraft(tx, params.draftId, body))),
  });

  route.delete('/api/framework/drafts/:draftId', {
    summary: 'Throw a draft away',
    params: draftParams,
    handler: async ({ params }) => {
      await deleteDraft(db, params.draftId);
    },
  });

  route.get('/api/framework/drafts/:draftId/diff', {
    summary: 'What the draft changes against the current published version, item by item, by key',
    params: draftParams,
    response: z.object({ against: z.int(), diff: frameworkDiffSchema }),
    handler: async ({ params }) => {
      const draft = await getDraft(db, params.draftId);
      const current = await currentPublished(db);
      return { against: current.version, diff: diffFrameworks(current.content, draft.content) };
    },
  });

  route.post('/api/framework/drafts/:draftId/publish', {
    summary: 'Publish the draft as the next version; a published version never changes',
    params: draftParams,
    body: z.strictObject({ version: z.int().positive() }),
    response: z.object({ version: z.int(), publishedAt: z.date() }),
    errors: { 409: conflictWith(draftSchema) },
    handler: async ({ params, body, request }) => {
      const result = await db.transaction(async (tx) => {
        const { published: row, previous } = await publishDraft(tx, params.draftId, {
          version: body.version,
          publishedBy: request.signedIn.user.id,
        });
        await recordAudit(tx, {
          orgId: null,
          actorUserId: request.signedIn.user.id,
          action: 'framework.published',
          targetType: 'frameworkVersion',
          targetId: String(row.version),
          details: { version: row.version, previous },
        });
        return row;
      });
      published.invalidateCurrent();
      return { version: result.version, publishedAt: result.publishedAt };
    },
  });
};

export default draftRoutes;
