import { knowledgeLinkChangeSchema, knowledgeLinkInputSchema } from '@derde-bron/domain';
import { asc, eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { foundRow, insertedRow } from '../../db/rows.ts';
import { conflict, notFound } from '../../http-error.ts';
import { errorResponseSchema, scopedErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { linkParams, linkSchema } from './schemas.ts';
import { knowledgeLinks } from './table.ts';

const tags = ['knowledge-network'];
const linkErrors = {
  ...scopedErrorResponses,
  409: errorResponseSchema.extend({ current: linkSchema.optional() }),
};
const linkColumns = {
  id: knowledgeLinks.id,
  title: knowledgeLinks.title,
  url: knowledgeLinks.url,
  description: knowledgeLinks.description,
  stepKey: knowledgeLinks.stepKey,
  itemKey: knowledgeLinks.itemKey,
  version: knowledgeLinks.version,
};

/** The links library: every signed-in member reads it beside the steps; the network admin curates it. */
const linkRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    '/api/knowledge-network/links',
    {
      config: { access: 'signedIn' },
      schema: {
        summary: 'The network’s links library, by step and item',
        tags,
        response: { 200: z.object({ links: z.array(linkSchema) }), ...scopedErrorResponses },
      },
    },
    async () => ({
      links: await db
        .select(linkColumns)
        .from(knowledgeLinks)
        .orderBy(asc(knowledgeLinks.stepKey), asc(knowledgeLinks.title)),
    }),
  );

  app.post(
    '/api/knowledge-network/links',
    {
      config: { access: 'networkAdmin' },
      schema: {
        summary: 'Add a link to the library (network admin)',
        tags,
        body: knowledgeLinkInputSchema,
        response: { 201: linkSchema, ...linkErrors },
      },
    },
    async (request, reply) => {
      const link = await db.transaction(async (tx) => {
        const made = insertedRow(await tx.insert(knowledgeLinks).values(request.body).returning(linkColumns));
        await recordAudit(tx, {
          orgId: null,
          actorUserId: request.signedIn.user.id,
          action: 'knowledgeNetwork.linkSaved',
          targetType: 'knowledgeLink',
          targetId: made.id,
        });
        return made;
      });
      return reply.code(201).send(link);
    },
  );

  app.patch(
    '/api/knowledge-network/links/:linkId',
    {
      config: { access: 'networkAdmin' },
      schema: {
        summary: 'Change a link (with the version you last saw; 409 with the current one otherwise)',
        tags,
        params: linkParams,
        body: knowledgeLinkChangeSchema,
        response: { 200: linkSchema, ...linkErrors },
      },
    },
    async (request) => {
      const { linkId } = request.params;
      const { version, ...change } = request.body;
      return db.transaction(async (tx) => {
        const current = foundRow(
          await tx.select(linkColumns).from(knowledgeLinks).where(eq(knowledgeLinks.id, linkId)),
        );
        if (current.version !== version) throw conflict('conflict', { current });
        const saved = insertedRow(
          await tx
            .update(knowledgeLinks)
            .set({ ...change, version: sql`${knowledgeLinks.version} + 1` })
            .where(eq(knowledgeLinks.id, linkId))
            .returning(linkColumns),
        );
        await recordAudit(tx, {
          orgId: null,
          actorUserId: request.signedIn.user.id,
          action: 'knowledgeNetwork.linkSaved',
          targetType: 'knowledgeLink',
          targetId: linkId,
        });
        return saved;
      });
    },
  );

  app.delete(
    '/api/knowledge-network/links/:linkId',
    {
      config: { access: 'networkAdmin' },
      schema: {
        summary: 'Remove a link from the library',
        tags,
        params: linkParams,
        response: { 204: z.null(), ...linkErrors },
      },
    },
    async (request, reply) => {
      const { linkId } = request.params;
      await db.transaction(async (tx) => {
        const removed = await tx
          .delete(knowledgeLinks)
          .where(eq(knowledgeLinks.id, linkId))
          .returning({ id: knowledgeLinks.id });
        if (removed.length === 0) throw notFound();
        await recordAudit(tx, {
          orgId: null,
          actorUserId: request.signedIn.user.id,
          action: 'knowledgeNetwork.linkRemoved',
          targetType: 'knowledgeLink',
          targetId: linkId,
        });
      });
      return reply.code(204).send(null);
    },
  );
};

export default linkRoutes;
