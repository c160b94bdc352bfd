import { activityChangeSchema, activityInputSchema, reachInputSchema } from '@derde-bron/domain';
import { z } from 'zod';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { createActivity, deleteActivity, listActivities, saveReach, updateActivity } from './repository.ts';
import { activityParams, activitySchema, conflictWith } from './schemas.ts';

/** The activities an organisation runs, who leads them, and their reach per quarter as counts. */
export default orgRoutesPlugin({ tags: ['activities'] }, (route) => {
  route.get('/api/organisations/:orgId/activities', {
    permission: 'registry.overview',
    summary: 'The activities with their phases, leaders and reach per quarter (counts only)',
    response: z.object({ activities: z.array(activitySchema) }),
    handler: async ({ tx, orgId }) => ({ activities: await listActivities(tx, orgId) }),
  });

  route.post('/api/organisations/:orgId/activities', {
    permission: 'activities.manage',
    summary: 'Add an activity: one of the guide’s, or the organisation’s own with a name',
    body: activityInputSchema,
    response: activitySchema,
    status: 201,
    handler: async ({ tx, orgId, body }) => createActivity(tx, orgId, body),
  });

  route.patch('/api/organisations/:orgId/activities/:activityId', {
    permission: 'activities.manage',
    summary: 'Save an activity (with the version you last saw; 409 with the current one otherwise)',
    params: activityParams,
    body: activityChangeSchema,
    response: activitySchema,
    errors: { 409: conflictWith(activitySchema) },
    handler: async ({ tx, orgId, params: { activityId }, body }) =>
      updateActivity(tx, orgId, activityId, body),
  });

  route.delete('/api/organisations/:orgId/activities/:activityId', {
    permission: 'activities.manage',
    summary: 'Remove an activity and its reach counts',
    params: activityParams,
    handler: async ({ tx, orgId, params: { activityId } }) => {
      await deleteActivity(tx, orgId, activityId);
    },
  });

  route.post('/api/organisations/:orgId/activities/:activityId/reach', {
    permission: 'activities.manage',
    summary: 'Record the number of participants (and sessions) in a quarter; never who',
    params: activityParams,
    body: reachInputSchema,
    response: activitySchema,
    handler: async ({ tx, orgId, params: { activityId }, body }) => saveReach(tx, orgId, activityId, body),
  });
});
