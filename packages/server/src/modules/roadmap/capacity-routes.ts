import { capacityInputSchema } from '@derde-bron/domain';
import { z } from 'zod';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { deleteCapacity, getCapacity, saveCapacity } from './capacity-repository.ts';
import { capacitySchema, conflictWithCapacitySchema } from './schemas.ts';

const path = '/api/organisations/:orgId/roadmap/capacity';

/** The capacity actually appointed in step 3, so the advice can be set against it. */
export default orgRoutesPlugin({ tags: ['roadmap'] }, (route) => {
  route.get(path, {
    permission: 'roadmap.read',
    summary: 'The capacity appointed in step 3 (null when none is recorded)',
    response: z.object({ capacity: capacitySchema.nullable() }),
    handler: async ({ tx, orgId }) => ({ capacity: await getCapacity(tx, orgId) }),
  });

  route.post(path, {
    permission: 'roadmap.edit',
    summary: 'Record or change the appointed capacity: role, hours per week, start and optional end',
    description:
      'Without `version` the first one is recorded; a change sends the `version` you last saw. If someone saved in between, the answer is 409 with what is there now, and nothing is overwritten.',
    body: capacityInputSchema,
    response: z.object({ capacity: capacitySchema }),
    errors: { 409: conflictWithCapacitySchema },
    handler: async ({ tx, orgId, body, member }) => {
      const capacity = await saveCapacity(tx, orgId, body, member.user.id);
      if (!capacity) throw new Error('capacity not stored');
      return { capacity };
    },
  });

  route.delete(path, {
    permission: 'roadmap.edit',
    summary: 'Remove the recorded capacity, at the version you last saw',
    body: z.strictObject({ version: z.int().positive() }),
    errors: { 409: conflictWithCapacitySchema },
    handler: async ({ tx, orgId, body, member }) => {
      await deleteCapacity(tx, orgId, body.version, member.user.id);
    },
  });
});
