import {
  currentMonitorVersion,
  goalReviewInputSchema,
  isMonitorSubject,
  monitorContents,
  monitorRoundChangeSchema,
  monitorRoundInputSchema,
  monitorScoreInputSchema,
  newRoundProblem,
} from '@derde-bron/domain';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { conflict, HttpError, invalidInput } from '../../http-error.ts';
import { errorResponseSchema } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { listGoalReviews, reviewGoalInCycle } from '../roadmap/index.ts';
import {
  getRound,
  getScore,
  insertRound,
  insertScore,
  listRoundScores,
  listRounds,
  setRoundClosed,
  updateScore,
} from './repository.ts';
import {
  goalReviewSchema,
  roundDetailSchema,
  roundParams,
  roundSchema,
  scoreParams,
  scoreSchema,
} from './schemas.ts';

const roundClosed = () => new HttpError(409, 'CONFLICT', 'monitorRoundClosed');

/** The rounds of the monitor: begin- and eind-meting per cycle, their scores and "doelen behaald?". */
export default orgRoutesPlugin({ tags: ['monitor'] }, (route) => {
  route.post('/api/organisations/:orgId/monitor/rounds', {
    permission: 'monitor.edit',
    summary: 'Start the begin- or eind-meting of a cycle',
    body: monitorRoundInputSchema,
    response: roundSchema,
    status: 201,
    handler: async ({ audit, tx, orgId, body }) => {
      const problem = newRoundProblem(await listRounds(tx, orgId), body);
      if (problem === 'monitorRoundExists') throw conflict(problem);
      if (problem) throw invalidInput(problem);
      const row = await insertRound(tx, { orgId, contentVersion: currentMonitorVersion, ...body });
      if (!row) throw conflict('monitorRoundExists');
      await audit({
        action: 'monitor.roundStarted',
        targetType: 'monitorRound',
        targetId: row.id,
        details: { cycle: row.cycle, kind: row.kind },
      });
      return row;
    },
  });

  route.get('/api/organisations/:orgId/monitor/rounds/:roundId', {
    permission: 'monitor.read',
    summary: 'One round with every score, its rationale and evidence, and its goal reviews',
    params: roundParams,
    response: roundDetailSchema,
    handler: async ({ tx, orgId, params: { roundId } }) => {
      const round = await getRound(tx, orgId, roundId);
      return {
        round,
        scores: await listRoundScores(tx, orgId, roundId),
        goalReviews: (await listGoalReviews(tx, orgId)).filter((r) => r.monitorRoundId === roundId),
      };
    },
  });

  route.patch('/api/organisations/:orgId/monitor/rounds/:roundId', {
    permission: 'monitor.edit',
    summary: 'Close a round when the team is done, or reopen it',
    description: 'Send the `version` you last saw; a stale version gets 409 and nothing changes.',
    params: roundParams,
    body: monitorRoundChangeSchema,
    response: roundSchema,
    handler: async ({ audit, tx, orgId, params: { roundId }, body: { version, closed } }) => {
      const round = await getRound(tx, orgId, roundId);
      const saved = await setRoundClosed(tx, round, version, closed);
      if (!saved) throw conflict('monitorRoundConflict');
      await audit({
        action: closed ? 'monitor.roundClosed' : 'monitor.roundReopened',
        targetType: 'monitorRound',
        targetId: roundId,
      });
      return saved;
    },
  });

  route.put('/api/organisations/:orgId/monitor/rounds/:roundId/scores/:subjectKey', {
    permission: 'monitor.edit',
    summary: "Save the team's score of a step or item, with rationale and evidence links",
    description:
      'Send `version` 0 for a first score, else the version you last saw; a stale one gets 409 with the current score.',
    params: scoreParams,
    body: monitorScoreInputSchema,
    response: scoreSchema,
    errors: { 409: errorResponseSchema.extend({ current: scoreSchema.optional() }) },
    handler: async ({
      tx,
      orgId,
      params: { roundId, subjectKey },
      body: { version, ...values },
      member: { user },
    }) => {
      const round = await getRound(tx, orgId, roundId);
      const content = monitorContents.get(round.contentVersion);
      if (!content || !isMonitorSubject(content, subjectKey)) throw invalidInput('monitorSubjectUnknown');
      if (round.closedAt) throw roundClosed();
      const by = { updatedBy: user.id, updatedByName: user.name };
      const current = await getScore(tx, roundId, subjectKey);
      const saved =
        version === 0 && !current
          ? await insertScore(tx, { orgId, roundId, subjectKey, ...values, ...by })
          : current && current.version === version
            ? await updateScore(tx, current.id, version, { ...values, ...by })
            : undefined;
      if (!saved) {
        const now = await getScore(tx, roundId, subjectKey);
        throw conflict('monitorScoreConflict', now ? { current: now } : undefined);
      }
      await recordAudit(tx, {
        orgId,
        actorUserId: user.id,
        action: 'monitor.scoreSaved',
        targetType: 'monitorRound',
        targetId: roundId,
        details: { subjectKey, score: saved.score },
      });
      return saved;
    },
  });

  route.post('/api/organisations/:orgId/monitor/rounds/:roundId/goal-reviews', {
    permission: 'monitor.edit',
    summary: 'Answer "doel behaald?" for a goal of the roadmap in the eind-meting',
    description: "Kept in the goal's history; the goal's own answer becomes this latest one.",
    params: roundParams,
    body: goalReviewInputSchema,
    response: goalReviewSchema,
    status: 201,
    handler: async ({
      tx,
      orgId,
      params: { roundId },
      body: { goalId, achieved, note },
      member: { user },
    }) => {
      const round = await getRound(tx, orgId, roundId);
      if (round.kind !== 'end') throw invalidInput('monitorReviewOnlyAtEnd');
      if (round.closedAt) throw roundClosed();
      await reviewGoalInCycle(tx, {
        orgId,
        goalId,
        cycle: round.cycle,
        achieved,
        note,
        monitorRoundId: roundId,
        by: { userId: user.id, name: user.name },
      });
      await recordAudit(tx, {
        orgId,
        actorUserId: user.id,
        action: 'monitor.goalReviewed',
        targetType: 'roadmapGoal',
        targetId: goalId,
        details: { achieved, cycle: round.cycle },
      });
      const reviews = await listGoalReviews(tx, orgId);
      const latest = reviews.filter((r) => r.goalId === goalId).at(-1);
      if (!latest) throw new Error('the review just written is missing');
      return latest;
    },
  });
});
