import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { orgParams } from '../../http/params.ts';
import { invalidInput, notFound } from '../../http-error.ts';
import { recordAudit } from '../audit/index.ts';
import { ensureRoadmap, findFrameworkVersion, moveItemsToVersion } from './repository.ts';
import { errors } from './schemas.ts';

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
        const target = await findFrameworkVersion(tx, version);
        if (!target) throw notFound('frameworkVersionNotFound');
        const { added, retired } = await moveItemsToVersion(tx, orgId, target);
        await recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'roadmap.frameworkVersionChanged',
          details: { from: roadmap.frameworkVersion, to: version },
        });
        return {
          frameworkVersion: version,
          added,
          retired,
        };
      });
    },
  );
};

export default frameworkVersionRoutes;
