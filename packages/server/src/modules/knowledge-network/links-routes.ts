import { knowledgeLinkChangeSchema, knowledgeLinkInputSchema } from '@derde-bron/domain';
import { asc, eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { foundRow, insertedRow } from '../../db/rows.ts';
import { accessRoutes } from '../../http/access-routes.ts';
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
  const member = accessRoutes(app, { access: 'signedIn', tags });
  const admin = accessRoutes(app, { access: 'networkAdmin', tags, errors: linkErrors });

  member.get('/api/knowledge-network/links', {
    summary: 'The network’s links library, by step and item',
    response: z.object({ links: z.array(linkSchema) }),
    handler: async () => ({
      links: await db
        .select(linkColumns)
        .from(knowledgeLinks)
        .orderBy(asc(knowledgeLinks.stepKey), asc(knowledgeLinks.title)),
    }),
  });

  admin.post('/api/knowledge-network/links', {
    summary: 'Add a link to the library (network admin)',
    body: knowledgeLinkInputSchema,
    response: linkSchema,
    status: 201,
    handler: ({ body, request }) =>
      db.transaction(async (tx) => {
        const made = insertedRow(await tx.insert(knowledgeLinks).values(body).returning(linkColumns));
        await recordAudit(tx, {
          orgId: null,
          actorUserId: request.signedIn.user.id,
          action: 'knowledgeNetwork.linkSaved',
          targetType: 'knowledgeLink',
          targetId: made.id,
        });
        return made;
      }),
  });

  admin.patch('/api/knowledge-network/links/:linkId', {
    summary: 'Change a link (with the version you last saw; 409 with the current one otherwise)',
    params: linkParams,
    body: knowledgeLinkChangeSchema,
    response: linkSchema,
    handler: ({ params: { linkId }, body: { version, ...change }, request }) =>
      db.transaction(async (tx) => {
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
      }),
  });

  admin.delete('/api/knowledge-network/links/:linkId', {
    summary: 'Remove a link from the library',
    params: linkParams,
    handler: async ({ params: { linkId }, request }) => {
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
    },
  });
};

export default linkRoutes;
