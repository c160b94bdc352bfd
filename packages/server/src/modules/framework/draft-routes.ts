import { diffFrameworks, frameworkContentSchema } from '@derde-bron/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { conflictWith, errorResponseSchema, scopedErrorResponses } from '../../plugins/errors.ts';
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
  const tags = ['framework'];
  const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

  app.get(
    '/api/framework/drafts',
    {
      config: { access: 'networkAdmin' },
      schema: {
        summary: 'The drafts of a new framework version (network_admin only)',
        tags,
        response: { 200: z.object({ drafts: z.array(draftSummarySchema) }), ...errors },
      },
    },
    async () => ({ drafts: await listDrafts(db) }),
  );

  app.post(
    '/api/framework/drafts',
    {
      config: { access: 'networkAdmin' },
      schema: {
        summary: 'Start a draft: a copy of the current version, or an imported version (JSON)',
        tags,
        body: z.strictObject({ content: frameworkContentSchema.optional() }),
        response: { 201: draftSchema, ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      const current = await currentPublished(db);
      const row = await createDraft(db, {
        basedOn: current.version,
        content: request.body.content ?? current.content,
        createdBy: request.signedIn.user.id,
      });
      return reply.code(201).send(draftOf(row));
    },
  );

  app.get(
    '/api/framework/drafts/:draftId',
    {
      config: { access: 'networkAdmin' },
      schema: {
        summary: 'One draft with its content (also its JSON export)',
        tags,
        params: draftParams,
        response: { 200: draftSchema, ...scopedErrorResponses },
      },
    },
    async (request) => draftOf(await getDraft(db, request.params.draftId)),
  );

  app.put(
    '/api/framework/drafts/:draftId',
    {
      config: { access: 'networkAdmin' },
      schema: {
        summary: 'Save a draft whole; refused with every problem named, 409 if someone saved it since',
        tags,
        params: draftParams,
        body: z.strictObject({ version: z.int().positive(), content: frameworkContentSchema }),
        response: { 200: draftSchema, ...scopedErrorResponses, 409: conflictWith(draftSchema) },
      },
    },
    async (request) =>
      draftOf(await db.transaction((tx) => saveDraft(tx, request.params.draftId, request.body))),
  );

  app.delete(
    '/api/framework/drafts/:draftId',
    {
      config: { access: 'networkAdmin' },
      schema: {
        summary: 'Throw a draft away',
        tags,
        params: draftParams,
        response: { 204: z.null(), ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      await deleteDraft(db, request.params.draftId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/framework/drafts/:draftId/diff',
    {
      config: { access: 'networkAdmin' },
      schema: {
        summary: 'What the draft changes against the current published version, item by item, by key',
        tags,
        params: draftParams,
        response: { 200: z.object({ against: z.int(), diff: frameworkDiffSchema }), ...scopedErrorResponses },
      },
    },
    async (request) => {
      const draft = await getDraft(db, request.params.draftId);
      const current = await currentPublished(db);
      return { against: current.version, diff: diffFrameworks(current.content, draft.content) };
    },
  );

  app.post(
    '/api/framework/drafts/:draftId/publish',
    {
      config: { access: 'networkAdmin' },
      schema: {
        summary: 'Publish the draft as the next version; a published version never changes',
        tags,
        params: draftParams,
        body: z.strictObject({ version: z.int().positive() }),
        response: {
          200: z.object({ version: z.int(), publishedAt: z.date() }),
          ...scopedErrorResponses,
          409: conflictWith(draftSchema),
        },
      },
    },
    async (request) => {
      const result = await db.transaction(async (tx) => {
        const { published: row, previous } = await publishDraft(tx, request.params.draftId, {
          version: request.body.version,
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
  );
};

export default draftRoutes;
