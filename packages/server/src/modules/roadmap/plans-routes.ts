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
import { z } from 'zod';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { conflict, invalidInput, notFound } from '../../http-error.ts';
import { insertGoalReview, listGoalReviews } from './goal-reviews.ts';
import {
  assertMember,
  getGoal,
  getTopic,
  insertGoal,
  insertTopic,
  listGoalsWithOwners,
  listTopics,
  updateGoal,
  updateTopic,
} from './repository.ts';
import { goalReviewSchema, goalSchema } from './schemas.ts';

const topicSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  round: z.int(),
  phase: z.enum(lemniscatePhases),
  notes: z.record(z.string(), z.string()),
  closedAt: z.date().nullable(),
  version: z.int(),
});

/** Goals and the action plan per step, and the policy topics on the lemniscate (step 2). */
export default orgRoutesPlugin({ tags: ['roadmap'] }, (route) => {
  route.get('/api/organisations/:orgId/roadmap/goals', {
    permission: 'roadmap.read',
    summary: 'Goals and actions of every step',
    response: z.object({ goals: z.array(goalSchema) }),
    handler: async ({ tx, orgId }) => ({ goals: await listGoalsWithOwners(tx, orgId) }),
  });

  route.get('/api/organisations/:orgId/roadmap/goal-reviews', {
    permission: 'roadmap.read',
    summary: 'Every "doel behaald?" answer of every goal, oldest first',
    response: z.object({ reviews: z.array(goalReviewSchema) }),
    handler: async ({ tx, orgId }) => ({ reviews: await listGoalReviews(tx, orgId) }),
  });

  route.post('/api/organisations/:orgId/roadmap/goals', {
    permission: 'roadmap.edit',
    summary: 'Add a goal or action to a step',
    body: goalInputSchema,
    response: goalSchema,
    status: 201,
    handler: async ({ tx, orgId, body }) => {
      await assertMember(tx, orgId, body.ownerMembershipId);
      const created = await insertGoal(tx, { orgId, ...body });
      return getGoal(tx, orgId, created.id);
    },
  });

  route.patch('/api/organisations/:orgId/roadmap/goals/:goalId', {
    permission: 'roadmap.edit',
    summary: 'Change a goal, answer "doel behaald?" or mark it reviewed this cycle',
    description: 'Send the `version` you last saw; a stale version gets 409 and nothing is overwritten.',
    params: orgParams.extend({ goalId: z.uuid() }),
    body: goalChangeSchema,
    response: goalSchema,
    handler: async ({ tx, orgId, params: { goalId }, body: { version, reviewed, ...change }, member }) => {
      const current = await getGoal(tx, orgId, goalId);
      await assertMember(tx, orgId, change.ownerMembershipId);
      // A round is reviewed once: a second review on the day of the last one (a double click, a
      // second tab, a retry) changes nothing and answers the goal as it is.
      const alreadyReviewed =
        reviewed && current.reviewedAt !== null && isoDay(current.reviewedAt) === todayIso();
      if (alreadyReviewed && Object.keys(change).length === 0 && version >= current.version - 1)
        return current;
      const saved = await updateGoal(tx, orgId, goalId, version, {
        ...change,
        ...(reviewed && !alreadyReviewed
          ? { reviewedAt: new Date(), cycle: current.reviewedAt ? current.cycle + 1 : current.cycle }
          : {}),
      });
      if (!saved) throw conflict('goalConflict');
      const goal = await getGoal(tx, orgId, goalId);
      // Each review is kept, so a later cycle's answer does not wipe out an earlier one; a changed
      // answer on the day of the last review is kept as well.
      const answerChanged = change.achieved !== undefined && change.achieved !== current.achieved;
      if (reviewed && (!alreadyReviewed || answerChanged)) {
        const { user } = member;
        await insertGoalReview(tx, {
          orgId,
          goalId,
          cycle: goal.cycle,
          achieved: goal.achieved,
          by: { userId: user.id, name: user.name },
        });
      }
      return goal;
    },
  });

  route.get('/api/organisations/:orgId/roadmap/policy-topics', {
    permission: 'roadmap.read',
    summary: 'Policy topics on the lemniscate',
    response: z.object({ topics: z.array(topicSchema) }),
    handler: async ({ tx, orgId }) => ({ topics: await listTopics(tx, orgId) }),
  });

  route.post('/api/organisations/:orgId/roadmap/policy-topics', {
    permission: 'roadmap.edit',
    summary: 'Start a policy topic at "ontsluiten"',
    body: z.object({ title: z.string().trim().min(1).max(300) }),
    response: topicSchema,
    status: 201,
    handler: async ({ tx, orgId, body }) => insertTopic(tx, orgId, body.title),
  });

  route.patch('/api/organisations/:orgId/roadmap/policy-topics/:topicId', {
    permission: 'roadmap.edit',
    summary: 'Record notes for the current phase, and move on, close the loop or start a new round',
    description:
      'A topic can only be closed from "evalueren en terugkoppelen" once its feedback is recorded. Send the `version` you last saw.',
    params: orgParams.extend({ topicId: z.uuid() }),
    body: topicChangeSchema,
    response: topicSchema,
    handler: async ({ tx, orgId, params: { topicId }, body: { version, title, notes, action } }) => {
      const topic = await getTopic(tx, orgId, topicId);
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
      const updated = await updateTopic(tx, orgId, topicId, version, {
        title: title ?? topic.title,
        round: state.round,
        phase: state.phase,
        notes: state.notes,
        closedAt: state.closed ? (topic.closedAt ?? new Date()) : null,
      });
      // Another transaction saved between our read and this write.
      if (!updated) throw conflict('topicConflict');
      return updated;
    },
  });
});
