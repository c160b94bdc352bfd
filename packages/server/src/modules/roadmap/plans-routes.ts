import {
  applyTopicAction,
  goalChangeSchema,
  goalInputSchema,
  isoDay,
  lemniscatePhases,
  type TopicProblem,
  todayIso,
  topicChangeSchema,
} from '@derde-bron/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { insertedRow } from '../../db/rows.ts';
import { type Tx, withTenant } from '../../db/tenant.ts';
import { conflict, invalidInput, notFound } from '../../http-error.ts';
import { requireOrgPermission, securityFor } from '../auth/guards.ts';
import { users } from '../auth/table.ts';
import { orgParams } from '../organisations/routes.ts';
import { memberships } from '../organisations/table.ts';
import { assertMember } from './repository.ts';
import { errors, goalSchema } from './schemas.ts';
import { policyTopics, roadmapGoals } from './table.ts';

const tags = ['roadmap'];
const read = securityFor.permission('roadmap.read');
const edit = securityFor.permission('roadmap.edit');

const topicSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  round: z.int(),
  phase: z.enum(lemniscatePhases),
  notes: z.record(z.string(), z.string()),
  closedAt: z.date().nullable(),
  version: z.int(),
});

function listGoals(tx: Tx, orgId: string) {
  return tx
    .select({
      id: roadmapGoals.id,
      stepKey: roadmapGoals.stepKey,
      title: roadmapGoals.title,
      ownerMembershipId: roadmapGoals.ownerMembershipId,
      ownerName: users.name,
      deadline: roadmapGoals.deadline,
      status: roadmapGoals.status,
      achieved: roadmapGoals.achieved,
      cycle: roadmapGoals.cycle,
      reviewedAt: roadmapGoals.reviewedAt,
      version: roadmapGoals.version,
    })
    .from(roadmapGoals)
    .leftJoin(memberships, eq(memberships.id, roadmapGoals.ownerMembershipId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(eq(roadmapGoals.orgId, orgId))
    .orderBy(asc(roadmapGoals.deadline), asc(roadmapGoals.title));
}

async function getGoal(tx: Tx, orgId: string, goalId: string) {
  const goal = (await listGoals(tx, orgId)).find((g) => g.id === goalId);
  if (!goal) throw notFound();
  return goal;
}

/** Goals and the action plan per step, and the policy topics on the lemniscate (step 2). */
const plansRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    '/api/organisations/:orgId/roadmap/goals',
    {
      schema: {
        security: read,
        summary: 'Goals and actions of every step',
        tags,
        params: orgParams,
        response: { 200: z.object({ goals: z.array(goalSchema) }), ...errors },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      requireOrgPermission(request, orgId, 'roadmap.read');
      return { goals: await withTenant(db, orgId, (tx) => listGoals(tx, orgId)) };
    },
  );

  app.post(
    '/api/organisations/:orgId/roadmap/goals',
    {
      schema: {
        security: edit,
        summary: 'Add a goal or action to a step',
        tags,
        params: orgParams,
        body: goalInputSchema,
        response: { 201: goalSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      requireOrgPermission(request, orgId, 'roadmap.edit');
      const goal = await withTenant(db, orgId, async (tx) => {
        await assertMember(tx, orgId, request.body.ownerMembershipId);
        const created = insertedRow(
          await tx
            .insert(roadmapGoals)
            .values({ orgId, ...request.body })
            .returning(),
        );
        return getGoal(tx, orgId, created.id);
      });
      return reply.code(201).send(goal);
    },
  );

  app.patch(
    '/api/organisations/:orgId/roadmap/goals/:goalId',
    {
      schema: {
        security: edit,
        summary: 'Change a goal, answer "doel behaald?" or mark it reviewed this cycle',
        description: 'Send the `version` you last saw; a stale version gets 409 and nothing is overwritten.',
        tags,
        params: orgParams.extend({ goalId: z.uuid() }),
        body: goalChangeSchema,
        response: { 200: goalSchema, ...errors },
      },
    },
    async (request) => {
      const { orgId, goalId } = request.params;
      requireOrgPermission(request, orgId, 'roadmap.edit');
      const { version, reviewed, ...change } = request.body;
      return withTenant(db, orgId, async (tx) => {
        const current = await getGoal(tx, orgId, goalId);
        await assertMember(tx, orgId, change.ownerMembershipId);
        // A round is reviewed once: a second review on the day of the last one (a double click, a
        // second tab, a retry) changes nothing and answers the goal as it is.
        const alreadyReviewed =
          reviewed && current.reviewedAt !== null && isoDay(current.reviewedAt) === todayIso();
        if (alreadyReviewed && Object.keys(change).length === 0 && version >= current.version - 1)
          return current;
        const updated = await tx
          .update(roadmapGoals)
          .set({
            ...change,
            version: version + 1,
            ...(reviewed && !alreadyReviewed
              ? { reviewedAt: new Date(), cycle: current.reviewedAt ? current.cycle + 1 : current.cycle }
              : {}),
          })
          .where(
            and(
              eq(roadmapGoals.orgId, orgId),
              eq(roadmapGoals.id, goalId),
              eq(roadmapGoals.version, version),
            ),
          )
          .returning({ id: roadmapGoals.id });
        if (updated.length === 0) throw conflict('goalConflict');
        return getGoal(tx, orgId, goalId);
      });
    },
  );

  app.get(
    '/api/organisations/:orgId/roadmap/policy-topics',
    {
      schema: {
        security: read,
        summary: 'Policy topics on the lemniscate',
        tags,
        params: orgParams,
        response: { 200: z.object({ topics: z.array(topicSchema) }), ...errors },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      requireOrgPermission(request, orgId, 'roadmap.read');
      const topics = await withTenant(db, orgId, (tx) =>
        tx
          .select()
          .from(policyTopics)
          .where(eq(policyTopics.orgId, orgId))
          .orderBy(asc(policyTopics.createdAt)),
      );
      return { topics };
    },
  );

  app.post(
    '/api/organisations/:orgId/roadmap/policy-topics',
    {
      schema: {
        security: edit,
        summary: 'Start a policy topic at "ontsluiten"',
        tags,
        params: orgParams,
        body: z.object({ title: z.string().trim().min(1).max(300) }),
        response: { 201: topicSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      requireOrgPermission(request, orgId, 'roadmap.edit');
      const topic = await withTenant(db, orgId, async (tx) =>
        insertedRow(await tx.insert(policyTopics).values({ orgId, title: request.body.title }).returning()),
      );
      return reply.code(201).send(topic);
    },
  );

  app.patch(
    '/api/organisations/:orgId/roadmap/policy-topics/:topicId',
    {
      schema: {
        security: edit,
        summary: 'Record notes for the current phase, and move on, close the loop or start a new round',
        description:
          'A topic can only be closed from "evalueren en terugkoppelen" once its feedback is recorded. Send the `version` you last saw.',
        tags,
        params: orgParams.extend({ topicId: z.uuid() }),
        body: topicChangeSchema,
        response: { 200: topicSchema, ...errors },
      },
    },
    async (request) => {
      const { orgId, topicId } = request.params;
      requireOrgPermission(request, orgId, 'roadmap.edit');
      const { version, title, notes, action } = request.body;
      return withTenant(db, orgId, async (tx) => {
        const [topic] = await tx
          .select()
          .from(policyTopics)
          .where(and(eq(policyTopics.orgId, orgId), eq(policyTopics.id, topicId)));
        if (!topic) throw notFound();
        if (topic.version !== version) throw conflict('topicConflict');
        let state = {
          round: topic.round,
          phase: topic.phase,
          notes: notes === undefined ? topic.notes : { ...topic.notes, [topic.phase]: notes },
          closed: topic.closedAt !== null,
        };
        if (action) {
          const result = applyTopicAction(state, action);
          if ('problem' in result) throw invalidInput(result.problem satisfies TopicProblem);
          state = result.state;
        }
        const updated = await tx
          .update(policyTopics)
          .set({
            title: title ?? topic.title,
            round: state.round,
            phase: state.phase,
            notes: state.notes,
            closedAt: state.closed ? (topic.closedAt ?? new Date()) : null,
            version: version + 1,
          })
          .where(
            and(
              eq(policyTopics.orgId, orgId),
              eq(policyTopics.id, topicId),
              eq(policyTopics.version, version),
            ),
          )
          .returning();
        // Another transaction saved between our read and this write.
        if (updated.length === 0) throw conflict('topicConflict');
        return insertedRow(updated);
      });
    },
  );
};

export default plansRoutes;
