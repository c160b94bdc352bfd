import {
  addDays,
  type Channel,
  computeWaveStatus,
  type InstrumentContent,
  itemsAsked,
  keepProbability,
  linkTokenSchema,
  type Perspective,
  perspectiveSchema,
  responseInputSchema,
  todayIso,
} from '@derde-bron/domain';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hashToken } from '../../crypto/tokens.ts';
import { organisations, teams } from '../../db/schema.ts';
import { HttpError, invalidInput, TooManyAttempts } from '../../http-error.ts';
import { authErrorResponses, errorResponseSchema } from '../../plugins/errors.ts';
import { throttleKey } from '../auth/index.ts';
import { createResponseSeal } from './sealed-responses.ts';
import { createSubmitter } from './submissions.ts';
import { measurementWaves, waveGroups, waveLinks } from './table.ts';
import { instrumentOf, linkCache } from './waves.ts';

const tags = ['respond'];

/** Answer validators per instrument version, perspective and channel, built once. */
const validators = new Map<string, ReturnType<typeof responseInputSchema>>();
function validatorFor(
  version: number,
  instrument: InstrumentContent,
  perspective: Perspective,
  channel: Channel,
) {
  const key = `${version}:${perspective}:${channel}`;
  let validator = validators.get(key);
  if (!validator) {
    validator = responseInputSchema(instrument, perspective, channel);
    validators.set(key, validator);
  }
  return validator;
}

/**
 * The respondent's side: no account, only an anonymous link. The token travels in the body (the
 * link carries it in its fragment). These routes never read a session (see the auth plugin) and
 * store nothing about the person or their device: see the `responses` table.
 */
const respondRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const submit = createSubmitter(db);
  const seal = createResponseSeal(app.secretBox);

  /**
   * The open wave behind a link, or a 4xx that says why not. Links are looked up once and kept for a
   * few seconds (a class filling in at once asks for the same link many times); an unknown token
   * counts towards back-off, so tokens cannot be guessed in bulk.
   */
  async function openWaveFor(token: string, ip: string) {
    const found = await linkCache.get(hashToken(token), async (tokenHash) => {
      const [row] = await db
        .select({
          link: waveLinks,
          group: waveGroups,
          wave: measurementWaves,
          organisationName: organisations.name,
          teamName: teams.name,
        })
        .from(waveLinks)
        .innerJoin(waveGroups, eq(waveGroups.id, waveLinks.groupId))
        .innerJoin(measurementWaves, eq(measurementWaves.id, waveLinks.waveId))
        .innerJoin(organisations, eq(organisations.id, waveLinks.orgId))
        .leftJoin(teams, eq(teams.id, waveGroups.teamId))
        .where(eq(waveLinks.tokenHash, tokenHash));
      return row ?? null;
    });
    if (!found) {
      // Checked and counted in one step: guesses sent in parallel cannot slip past the count.
      const { wait } = await app.throttle.attempt([throttleKey('client', `respond:${ip}`)]);
      if (wait > 0) throw new TooManyAttempts(wait);
      throw invalidInput('linkInvalid');
    }
    const status = computeWaveStatus(found.wave, todayIso());
    if (status === 'scheduled') throw invalidInput('waveNotOpenYet');
    if (status === 'closed') throw new HttpError(410, 'INVALID_INPUT', 'waveClosed');
    return {
      ...found,
      instrument: instrumentOf(found.wave),
      perspective: found.group.perspective as Perspective,
      channel: (found.link.singleUse ? 'invitation' : 'sharedLink') as Channel,
    };
  }

  app.post(
    '/api/respond/open',
    {
      config: {
        access: 'public',
        rateLimit: { max: app.config.respondRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        summary: 'Open a questionnaire from an anonymous link: what is asked, and what is stored',
        tags,
        body: z.object({ token: linkTokenSchema }),
        response: {
          200: z.object({
            waveTitle: z.string(),
            organisationName: z.string(),
            perspective: perspectiveSchema,
            closesOn: z.string(),
            /** The last day the answers are kept (the retention config); then they are erased, the results stay. */
            answersKeptUntil: z.string(),
            /** Who the questionnaire is for, as declared: the respondent can check it. */
            group: z.object({ teamName: z.string().nullable(), headcount: z.int() }),
            channel: z.enum(['invitation', 'sharedLink']),
            thresholds: z.object({ minCell: z.int(), minSensitiveCell: z.int() }),
            /** The sensitive questions are answered by randomized response with this keep probability. */
            keepProbability: z.number(),
            instrument: z.record(z.string(), z.unknown()),
          }),
          ...authErrorResponses,
          410: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const { link, group, wave, organisationName, teamName, instrument, perspective, channel } =
        await openWaveFor(request.body.token, request.ip);
      // A used invitation cannot be opened again. (A submission through it is checked when it is
      // stored, after its submission key, so that a retry of the one that used it still succeeds.)
      if (link.used) throw new HttpError(410, 'INVALID_INPUT', 'invitationUsed');
      // A full group says so now, not after the whole questionnaire (read fresh: links are cached).
      const [fill] = await db
        .select({ received: waveGroups.received, headcount: waveGroups.headcount })
        .from(waveGroups)
        .where(eq(waveGroups.id, group.id));
      if (fill && fill.received >= fill.headcount) throw new HttpError(409, 'CONFLICT', 'groupFull');
      const items = itemsAsked(instrument.items, perspective, channel);
      const scaleKeys = new Set(items.map((item) => item.scaleKey));
      return {
        waveTitle: wave.title,
        organisationName,
        perspective,
        closesOn: wave.closesOn,
        answersKeptUntil: addDays(wave.closesOn, app.config.retention.answers),
        group: { teamName: group.teamKey ? (teamName ?? group.teamName) : null, headcount: group.headcount },
        channel,
        thresholds: { minCell: wave.minCell, minSensitiveCell: wave.minSensitiveCell },
        keepProbability,
        instrument: {
          ...instrument,
          scales: instrument.scales.filter((scale) => scaleKeys.has(scale.key)),
          items,
        },
      };
    },
  );

  app.post(
    '/api/respond/submit',
    {
      config: {
        access: 'public',
        rateLimit: { max: app.config.respondRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        summary: 'Submit answers; acknowledged only once stored, and stored once per submission key',
        description:
          'Send a random `submissionKey` made when the questionnaire was opened; a retry with the same key stores nothing new and gets the same answer.',
        tags,
        body: z.object({
          token: linkTokenSchema,
          submissionKey: z.uuid(),
          answers: z.record(z.string(), z.unknown()),
        }),
        response: {
          201: z.object({ stored: z.literal(true) }),
          200: z.object({ stored: z.literal(true) }),
          ...authErrorResponses,
          410: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const { token, submissionKey, answers } = request.body;
      const { link, group, wave, instrument, perspective, channel } = await openWaveFor(token, request.ip);
      const parsed = validatorFor(wave.instrumentVersion, instrument, perspective, channel).safeParse({
        answers,
      });
      if (!parsed.success) {
        throw new HttpError(400, 'INVALID_INPUT', 'answersInvalid', {
          details: parsed.error.issues.map((issue) => ({
            field: ['body', ...issue.path].join('.'),
            message: issue.message,
          })),
        });
      }
      const outcome = await submit({
        orgId: link.orgId,
        waveId: wave.id,
        groupId: group.id,
        link: { id: link.id, singleUse: link.singleUse },
        keyHash: hashToken(submissionKey),
        sealed: seal.seal({
          // The team as declared, even if it is removed later: a wave's groups stay its own.
          teamId: group.teamKey || null,
          perspective,
          byInvitation: channel === 'invitation',
          answers: parsed.data.answers,
        }),
      });
      if (outcome === 'linkUsed') throw new HttpError(410, 'INVALID_INPUT', 'invitationUsed');
      if (outcome === 'closed') throw new HttpError(410, 'INVALID_INPUT', 'waveClosed');
      if (outcome === 'groupFull') throw new HttpError(409, 'CONFLICT', 'groupFull');
      return reply.code(outcome === 'stored' ? 201 : 200).send({ stored: true });
    },
  );
};

export default respondRoutes;
