import { activityChangeSchema, activityInputSchema, reachInputSchema } from '@derde-bron/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { orgParams } from '../../http/params.ts';
import { createActivity, deleteActivity, listActivities, saveReach, updateActivity } from './repository.ts';
import { activityParams, activitySchema, conflictWith, errors } from './schemas.ts';

const tags = ['activities'];

/** The activities an organisation runs, who leads them, and their reach per quarter as counts. */
const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    '/api/organisations/:orgId/activities',
    {
      config: { access: { permission: 'registry.overview' } },
      schema: {
        summary: 'The activities with their phases, leaders and reach per quarter (counts only)',
        tags,
        params: orgParams,
        response: { 200: z.object({ activities: z.array(activitySchema) }), ...errors },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      return { activities: await withTenant(db, orgId, (tx) => listActivities(tx, orgId)) };
    },
  );

  app.post(
    '/api/organisations/:orgId/activities',
    {
      config: { access: { permission: 'activities.manage' } },
      schema: {
        summary: 'Add an activity: one of the guide’s, or the organisation’s own with a name',
        tags,
        params: orgParams,
        body: activityInputSchema,
        response: { 201: activitySchema, ...errors },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const made = await withTenant(db, orgId, (tx) => createActivity(tx, orgId, request.body));
      return reply.code(201).send(made);
    },
  );

  app.patch(
    '/api/organisations/:orgId/activities/:activityId',
    {
      config: { access: { permission: 'activities.manage' } },
      schema: {
        summary: 'Save an activity (with the version you last saw; 409 with the current one otherwise)',
        tags,
        params: activityParams,
        body: activityChangeSchema,
        response: { 200: activitySchema, ...errors, 409: conflictWith(activitySchema) },
      },
    },
    async (request) => {
      const { orgId, activityId } = request.params;
      return withTenant(db, orgId, (tx) => updateActivity(tx, orgId, activityId, request.body));
    },
  );

  app.delete(
    '/api/organisations/:orgId/activities/:activityId',
    {
      config: { access: { permission: 'activities.manage' } },
      schema: {
        summary: 'Remove an activity and its reach counts',
        tags,
        params: activityParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const { orgId, activityId } = request.params;
      await withTenant(db, orgId, (tx) => deleteActivity(tx, orgId, activityId));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/organisations/:orgId/activities/:activityId/reach',
    {
      config: { access: { permission: 'activities.manage' } },
      schema: {
        summary: 'Record the number of participants (and sessions) in a quarter; never who',
        tags,
        params: activityParams,
        body: reachInputSchema,
        response: { 200: activitySchema, ...errors },
      },
    },
    async (request) => {
      const { orgId, activityId } = request.params;
      return withTenant(db, orgId, (tx) => saveReach(tx, orgId, activityId, request.body));
    },
  );
};

export default activityRoutes;
