import { capacityInputSchema } from '@derde-bron/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { orgRoutes } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { deleteCapacity, getCapacity, saveCapacity } from './capacity-repository.ts';
import { capacitySchema, conflictWithCapacitySchema, errors } from './schemas.ts';

const tags = ['roadmap'];
const path = '/api/organisations/:orgId/roadmap/capacity';

/** The capacity actually appointed in step 3, so the advice can be set against it. */
const capacityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const route = orgRoutes(app, { tags });

  route.get(path, {
    permission: 'roadmap.read',
    summary: 'The capacity appointed in step 3 (null when none is recorded)',
    response: z.object({ capacity: capacitySchema.nullable() }),
    handler: async ({ tx, orgId }) => ({ capacity: await getCapacity(tx, orgId) }),
  });

  app.post(
    path,
    {
      config: { access: { permission: 'roadmap.edit' } },
      schema: {
        summary: 'Record or change the appointed capacity: role, hours per week, start and optional end',
        description:
          'Without `version` the first one is recorded; a change sends the `version` you last saw. If someone saved in between, the answer is 409 with what is there now, and nothing is overwritten.',
        tags,
        params: orgParams,
        body: capacityInputSchema,
        response: { 200: z.object({ capacity: capacitySchema }), ...errors, 409: conflictWithCapacitySchema },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const actor = request.member.user.id;
      const capacity = await withTenant(db, orgId, (tx) => saveCapacity(tx, orgId, request.body, actor));
      if (!capacity) throw new Error('capacity not stored');
      return { capacity };
    },
  );

  app.delete(
    path,
    {
      config: { access: { permission: 'roadmap.edit' } },
      schema: {
        summary: 'Remove the recorded capacity, at the version you last saw',
        tags,
        params: orgParams,
        body: z.strictObject({ version: z.int().positive() }),
        response: { 204: z.null(), ...errors, 409: conflictWithCapacitySchema },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const actor = request.member.user.id;
      await withTenant(db, orgId, (tx) => deleteCapacity(tx, orgId, request.body.version, actor));
      return reply.code(204).send(null);
    },
  );
};

export default capacityRoutes;
