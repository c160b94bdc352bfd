import { can, perspectiveSchema, waveFeedbackInputSchema, waveKinds } from '@derde-bron/domain';
import { z } from 'zod';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { conflict } from '../../http-error.ts';
import { errorResponseSchema } from '../../plugins/errors.ts';
import { describeFeedback, listPublishedFeedback, readWaveFeedback, saveFeedback } from './feedback.ts';
import { publishedOf } from './read-results.ts';
import { createResponseSeal } from './sealed-responses.ts';
import { getWave } from './waves.ts';

const waveParams = orgParams.extend({ waveId: z.uuid() });

export const feedbackSchema = z.object({
  wave: z.object({
    id: z.uuid(),
    title: z.string(),
    kind: z.enum(waveKinds),
    closesOn: z.string(),
    instrumentVersion: z.int(),
  }),
  intro: z.string().nullable(),
  publishedAt: z.date().nullable(),
  version: z.int(),
  responseCount: z.int().nullable(),
  perspectives: z.array(perspectiveSchema),
  scales: z.array(z.object({ scaleKey: z.string(), mean: z.number().nullable() })),
  goals: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      stepKey: z.string(),
      status: z.enum(['open', 'inProgress', 'done']),
      deadline: z.string().nullable(),
    }),
  ),
});

/** A stale version gets what is there now; a wave still open gets only the message. */
const conflictWithFeedbackSchema = errorResponseSchema.extend({ current: feedbackSchema.optional() });

/**
 * Terugkoppeling: after a wave closes, the coordinator publishes a summary for the staff who answered
 * (the guide: tell people what was done with their input). Every member of the organisation reads it.
 */
export default orgRoutesPlugin({ tags: ['measurement'] }, (route, app) => {
  const seal = createResponseSeal(app.secretBox);

  route.get('/api/organisations/:orgId/feedback', {
    permission: 'organisation.read',
    summary: 'The published terugkoppeling of every wave, newest first',
    response: z.object({
      feedback: z.array(z.object({ waveId: z.uuid(), title: z.string(), publishedAt: z.date().nullable() })),
    }),
    handler: async ({ tx, orgId }) => ({ feedback: await listPublishedFeedback(tx, orgId) }),
  });

  route.get('/api/organisations/:orgId/waves/:waveId/feedback', {
    permission: 'organisation.read',
    summary: 'The terugkoppeling of a closed wave: thanks, who took part, the whole wave’s means, the goals',
    description:
      'Every member reads it once it is published (404 before that); those who run measurements also see the draft. The means are the wave’s published total: nothing finer.',
    params: waveParams,
    response: feedbackSchema,
    handler: async ({ tx, orgId, params: { waveId }, member }) =>
      readWaveFeedback(tx, seal, {
        orgId,
        waveId,
        manages: can(member.membership.role, 'measurement.manage'),
      }),
  });

  route.patch('/api/organisations/:orgId/waves/:waveId/feedback', {
    permission: 'measurement.manage',
    summary: 'Publish the terugkoppeling of a closed wave, or correct its text',
    description:
      'The first save publishes it and records the day: the wave then shows "terugkoppeling gegeven". Send the `version` you last saw (0 the first time); a stale one gets 409 with what is there now.',
    params: waveParams,
    body: waveFeedbackInputSchema,
    response: feedbackSchema,
    errors: { 409: conflictWithFeedbackSchema },
    handler: async ({ audit, tx, orgId, params: { waveId }, body: { intro, version } }) => {
      const wave = await getWave(tx, orgId, waveId);
      const published = await publishedOf(tx, wave, seal);
      const saved = await saveFeedback(tx, wave, intro, version);
      if (!saved)
        throw conflict('feedbackConflict', { current: await describeFeedback(tx, wave, published) });
      await audit({
        action: 'measurement.feedbackPublished',
        targetType: 'wave',
        targetId: waveId,
        details: { first: wave.feedbackPublishedAt === null },
      });
      return describeFeedback(tx, saved, published);
    },
  });
});
