import { perspectiveSchema, waveGroupInputSchema, waveInputSchema, waveKinds } from '@derde-bron/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { createToken, hashToken } from '../../crypto/tokens.ts';
import { insertedRow } from '../../db/rows.ts';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { invalidInput, notFound } from '../../http-error.ts';
import { pickLocale } from '../../i18n/locale.ts';
import { translate } from '../../i18n/messages.ts';
import { recordAudit } from '../audit/index.ts';
import { assertOwnTeam } from '../organisations/index.ts';
import { declareGroup, getGroup, listGroups } from './groups.ts';
import { publishClosedWave } from './publication.ts';
import { createResponseSeal } from './sealed-responses.ts';
import { measurementWaves, waveGroups, waveLinks } from './table.ts';
import {
  currentInstrumentVersion,
  describeWave,
  getOpenWave,
  getWave,
  hasBaseline,
  instrumentOf,
  linkCache,
} from './waves.ts';

const waveParams = orgParams.extend({ waveId: z.uuid() });

const waveSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(waveKinds),
  instrumentVersion: z.int(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(['scheduled', 'open', 'closed']),
  perspectives: z.array(z.string()),
  thresholds: z.object({ minCell: z.int(), minSensitiveCell: z.int() }),
  /** Answers so far while open; once published, the published total (null when it is hidden). */
  responseCount: z.int().nullable(),
  published: z.boolean(),
  feedbackPublishedAt: z.date().nullable(),
});

const progressSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('enough') }),
  z.object({ state: z.literal('needed'), needed: z.int() }),
  z.object({ state: z.literal('closed') }),
]);

const groupSchema = z.object({
  id: z.uuid(),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  perspective: perspectiveSchema,
  headcount: z.int(),
  progress: progressSchema,
  links: z.array(z.object({ id: z.uuid(), createdAt: z.date() })),
  invitationsSent: z.int(),
});

/** The coordinator's side of measurement: waves, their groups, and the groups' shared links. */
export default orgRoutesPlugin({ tags: ['measurement'] }, (route, app) => {
  const seal = createResponseSeal(app.secretBox);

  route.get('/api/organisations/:orgId/waves', {
    permission: 'measurement.results',
    summary: 'The measurement waves, with participation so far (a team manager sees only closed waves)',
    response: z.object({ waves: z.array(waveSchema) }),
    handler: async ({ tx, orgId, member: { membership } }) => {
      const waves = await tx
        .select()
        .from(measurementWaves)
        .where(eq(measurementWaves.orgId, orgId))
        .orderBy(asc(measurementWaves.opensOn));
      const received = await tx
        .select({ waveId: waveGroups.waveId, n: sql<number>`sum(${waveGroups.received})`.mapWith(Number) })
        .from(waveGroups)
        .where(eq(waveGroups.orgId, orgId))
        .groupBy(waveGroups.waveId);
      const byWave = new Map(received.map((row) => [row.waveId, row.n]));
      const described = waves.map((wave) => describeWave(wave, byWave.get(wave.id) ?? 0));
      const readOnly = membership.role === 'team_manager';
      return { waves: readOnly ? described.filter((wave) => wave.status === 'closed') : described };
    },
  });

  route.post('/api/organisations/:orgId/waves', {
    permission: 'measurement.manage',
    summary: 'Plan a wave (the 0-meting or a later one); its thresholds can never be lowered',
    body: waveInputSchema,
    response: waveSchema.extend({
      /** Said when the wave is planned, not refused: e.g. a second 0-meting. */
      warning: z.string().nullable(),
    }),
    status: 201,
    handler: async ({ tx, orgId, body, request }) => {
      const asked = new Set(
        instrumentOf({ instrumentVersion: currentInstrumentVersion }).perspectives.map((p) => p.key),
      );
      if (!body.perspectives.every((p) => asked.has(p))) throw invalidInput('perspectiveNotInInstrument');
      const secondBaseline = body.kind === 'baseline' && (await hasBaseline(tx, orgId));
      const wave = insertedRow(
        await tx
          .insert(measurementWaves)
          .values({ orgId, instrumentVersion: currentInstrumentVersion, ...body })
          .returning(),
      );
      const warning = secondBaseline ? translate(pickLocale(request), 'secondBaseline') : null;
      return { ...describeWave(wave, 0), warning };
    },
  });

  route.post('/api/organisations/:orgId/waves/:waveId/close', {
    permission: 'measurement.manage',
    summary: 'Close a wave early and publish its results, once, over all views at once',
    params: waveParams,
    response: waveSchema,
    handler: async ({ tx, orgId, params: { waveId } }) => {
      const wave = await getWave(tx, orgId, waveId);
      if (!wave.published) {
        await tx
          .update(measurementWaves)
          .set({ closedAt: wave.closedAt ?? new Date() })
          .where(and(eq(measurementWaves.orgId, orgId), eq(measurementWaves.id, waveId)));
        await publishClosedWave(tx, waveId, orgId, seal);
      }
      return describeWave(await getWave(tx, orgId, waveId), 0);
    },
    // After the commit: an answer arriving before it could put the wave's links back in the cache.
    afterCommit: ({ params: { waveId } }) => linkCache.forgetWave(waveId),
  });

  route.get('/api/organisations/:orgId/waves/:waveId/groups', {
    permission: 'measurement.manage',
    summary: 'The groups of a wave with their declared headcount, links and progress',
    description:
      'Progress says only "enough" or how many more answers the results need; once the wave closes, nothing.',
    params: waveParams,
    response: z.object({ groups: z.array(groupSchema) }),
    handler: async ({ tx, orgId, params: { waveId } }) => ({
      groups: await listGroups(tx, await getWave(tx, orgId, waveId)),
    }),
  });

  route.post('/api/organisations/:orgId/waves/:waveId/groups', {
    permission: 'measurement.manage',
    summary: 'Declare a group (a team, or none, in one perspective) and how many people are in it',
    description:
      'Declared once, never changed: its links take at most that many answers, and the questionnaire tells each respondent how many people it is for.',
    params: waveParams,
    body: waveGroupInputSchema,
    response: groupSchema,
    status: 201,
    handler: async ({ tx, orgId, params: { waveId }, body, member: { user } }) => {
      const wave = await getOpenWave(tx, orgId, waveId);
      if (!wave.perspectives.includes(body.perspective)) throw invalidInput('perspectiveNotInWave');
      await assertOwnTeam(tx, orgId, body.teamId);
      const declared = await declareGroup(tx, wave, body);
      await recordAudit(tx, {
        orgId,
        actorUserId: user.id,
        action: 'measurement.groupDeclared',
        targetType: 'wave',
        targetId: waveId,
        details: { perspective: declared.perspective, headcount: declared.headcount },
      });
      const listed = (await listGroups(tx, wave)).find((g) => g.id === declared.id);
      if (!listed) throw new Error('declared group not found');
      return listed;
    },
  });

  route.post('/api/organisations/:orgId/waves/:waveId/links', {
    permission: 'measurement.manage',
    summary: 'Make a shared link for a group; the token is shown only now',
    description:
      'The link is `/vragenlijst#<token>`: the token stays in the fragment, so it never reaches a server log. It takes answers until its group has as many as people declared. Open questions are not asked through a shared link.',
    params: waveParams,
    body: z.strictObject({ groupId: z.uuid() }),
    response: z.object({ id: z.uuid(), groupId: z.uuid(), token: z.string(), path: z.string() }),
    status: 201,
    handler: async ({ tx, orgId, params: { waveId }, body, member: { user } }) => {
      const wave = await getOpenWave(tx, orgId, waveId);
      const group = await getGroup(tx, wave, body.groupId);
      const token = createToken();
      const link = insertedRow(
        await tx
          .insert(waveLinks)
          .values({ orgId, waveId, groupId: group.id, tokenHash: hashToken(token) })
          .returning(),
      );
      await recordAudit(tx, {
        orgId,
        actorUserId: user.id,
        action: 'measurement.linkCreated',
        targetType: 'wave',
        targetId: waveId,
        details: { perspective: group.perspective },
      });
      return { id: link.id, groupId: link.groupId, token, path: `/vragenlijst#${token}` };
    },
  });

  route.delete('/api/organisations/:orgId/waves/:waveId/links/:linkId', {
    permission: 'measurement.manage',
    summary: 'Withdraw a shared link (made by mistake, or passed on too widely); it stops working at once',
    params: waveParams.extend({ linkId: z.uuid() }),
    handler: async ({ tx, orgId, params: { waveId, linkId }, member: { user } }) => {
      await getWave(tx, orgId, waveId);
      const removed = await tx
        .delete(waveLinks)
        .where(
          and(
            eq(waveLinks.orgId, orgId),
            eq(waveLinks.waveId, waveId),
            eq(waveLinks.id, linkId),
            eq(waveLinks.singleUse, false),
          ),
        )
        .returning({ tokenHash: waveLinks.tokenHash });
      if (removed.length === 0) throw notFound();
      await recordAudit(tx, {
        orgId,
        actorUserId: user.id,
        action: 'measurement.linkRevoked',
        targetType: 'wave',
        targetId: waveId,
      });
    },
    afterCommit: ({ params: { waveId } }) => linkCache.forgetWave(waveId),
  });
});
