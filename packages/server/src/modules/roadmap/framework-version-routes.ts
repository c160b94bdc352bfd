import { and, eq, notInArray } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { frameworkVersions } from '../../db/schema.ts';
import { withTenant } from '../../db/tenant.ts';
import { orgParams } from '../../http/params.ts';
import { invalidInput, notFound } from '../../http-error.ts';
import { recordAudit } from '../audit/index.ts';
import { ensureRoadmap, itemsOf } from './repository.ts';
import { errors } from './schemas.ts';
import { roadmapItems, roadmaps } from './table.ts';

/**
 * Moving to a newer framework version: items that still exist keep everything, new items start
 * empty, and items the new version dropped are retired: out of the progress, still readable with
 * their history.
 */
const frameworkVersionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/organisations/:orgId/roadmap/framework-version',
    {
      config: { access: { permission: 'roadmap.edit' } },
      schema: {
        summary: 'Move the roadmap to a newer published framework version',
        tags: ['roadmap'],
        params: orgParams,
        body: z.object({ version: z.int().positive() }),
        response: {
          200: z.object({
            frameworkVersion: z.int(),
            added: z.array(z.string()),
            retired: z.array(z.string()),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const auth = request.member;
      const { version } = request.body;
      return withTenant(app.database.db, orgId, async (tx) => {
        const roadmap = await ensureRoadmap(tx, orgId);
        if (!roadmap || version <= roadmap.frameworkVersion) throw invalidInput('versionNotNewer');
        const [target] = await tx
          .select()
          .from(frameworkVersions)
          .where(eq(frameworkVersions.version, version));
        if (!target) throw notFound('frameworkVersionNotFound');
        const wanted = itemsOf(target.content);
        const wantedKeys = wanted.map((item) => item.itemKey);
        const existing = await tx
          .select({ itemKey: roadmapItems.itemKey })
          .from(roadmapItems)
          .where(eq(roadmapItems.orgId, orgId));
        const existingKeys = new Set(existing.map((item) => item.itemKey));
        const added = wanted.filter((item) => !existingKeys.has(item.itemKey));
        if (added.length > 0) await tx.insert(roadmapItems).values(added.map((item) => ({ orgId, ...item })));
        // An item may move to another step in a new version; it keeps its data.
        for (const item of wanted.filter((w) => existingKeys.has(w.itemKey))) {
          await tx
            .update(roadmapItems)
            .set({ stepKey: item.stepKey, retiredAt: null })
            .where(and(eq(roadmapItems.orgId, orgId), eq(roadmapItems.itemKey, item.itemKey)));
        }
        const retired = await tx
          .update(roadmapItems)
          .set({ retiredAt: new Date() })
          .where(and(eq(roadmapItems.orgId, orgId), notInArray(roadmapItems.itemKey, wantedKeys)))
          .returning({ itemKey: roadmapItems.itemKey });
        await tx.update(roadmaps).set({ frameworkVersion: version }).where(eq(roadmaps.orgId, orgId));
        await recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'roadmap.frameworkVersionChanged',
          details: { from: roadmap.frameworkVersion, to: version },
        });
        return {
          frameworkVersion: version,
          added: added.map((item) => item.itemKey),
          retired: retired.map((item) => item.itemKey),
        };
      });
    },
  );
};

export default frameworkVersionRoutes;
