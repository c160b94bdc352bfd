import { perspectiveSchema, waveInputSchema } from '@derde-bron/domain';
import { and, asc, count, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createToken, hashToken } from '../../crypto/tokens.ts';
import { insertedRow } from '../../db/rows.ts';
import { withTenant } from '../../db/tenant.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';
import { requireOrgPermission, securityFor } from '../auth/guards.ts';
import { orgParams } from '../organisations/routes.ts';
import { measurementWaves, responses, waveLinks } from './table.ts';
import {
  countResponses,
  currentInstrumentVersion,
  describeWave,
  getWave,
  getWaveForLinks,
  linkCache,
} from './waves.ts';

const tags = ['measurement'];
const manage = securityFor.permission('measurement.manage');
const waveParams = orgParams.extend({ waveId: z.uuid() });

const waveSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(['baseline', 'followUp']),
  instrumentVersion: z.int(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(['scheduled', 'open', 'closed']),
  perspectives: z.array(z.string()),
  thresholds: z.object({ minCell: z.int(), minSensitiveCell: z.int() }),
  /** Participation may be shown while a wave is open; scores only after it closes. */
  responseCount: z.int(),
});

const linkSchema = z.object({
  id: z.uuid(),
  perspective: perspectiveSchema,
  teamId: z.uuid().nullable(),
  responseCount: z.int(),
});

/** The coordinator's side of measurement: waves and their anonymous links. */
const waveRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    '/api/organisations/:orgId/waves',
    {
      schema: {
        security: securityFor.permission('measurement.results'),
        summary: 'The measurement waves, with participation so far (a team manager sees only closed waves)',
        tags,
        params: orgParams,
        response: { 200: z.object({ waves: z.array(waveSchema) }), ...scopedErrorResponses },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const { membership } = requireOrgPermission(request, orgId, 'measurement.results');
      const readOnly = membership.role === 'team_manager';
      return withTenant(db, orgId, async (tx) => {
        const waves = await tx
          .select()
          .from(measurementWaves)
          .where(eq(measurementWaves.orgId, orgId))
          .orderBy(asc(measurementWaves.opensOn));
        const counts = await tx
          .select({ waveId: responses.waveId, n: count() })
          .from(responses)
          .where(eq(responses.orgId, orgId))
          .groupBy(responses.waveId);
        const byWave = new Map(counts.map((row) => [row.waveId, row.n]));
        const described = waves.map((wave) => describeWave(wave, byWave.get(wave.id) ?? 0));
        return { waves: readOnly ? described.filter((wave) => wave.status === 'closed') : described };
      });
    },
  );

  app.post(
    '/api/organisations/:orgId/waves',
    {
      schema: {
        security: manage,
        summary: 'Plan a wave (the 0-meting or a later one); its thresholds can never be lowered',
        tags,
        params: orgParams,
        body: waveInputSchema,
        response: { 201: waveSchema, ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      requireOrgPermission(request, orgId, 'measurement.manage');
      const wave = await withTenant(db, orgId, async (tx) =>
        insertedRow(
          await tx
            .insert(measurementWaves)
            .values({ orgId, instrumentVersion: currentInstrumentVersion, ...request.body })
            .returning(),
        ),
      );
      return reply.code(201).send(describeWave(wave, 0));
    },
  );

  app.post(
    '/api/organisations/:orgId/waves/:waveId/close',
    {
      schema: {
        security: manage,
        summary: 'Close a wave early; its scores can then be seen',
        tags,
        params: waveParams,
        response: { 200: waveSchema, ...scopedErrorResponses },
      },
    },
    async (request) => {
      const { orgId, waveId } = request.params;
      requireOrgPermission(request, orgId, 'measurement.manage');
      return withTenant(db, orgId, async (tx) => {
        await getWave(tx, orgId, waveId);
        const [closed] = await tx
          .update(measurementWaves)
          .set({ closedAt: new Date() })
          .where(and(eq(measurementWaves.orgId, orgId), eq(measurementWaves.id, waveId)))
          .returning();
        if (!closed) throw new Error('wave vanished');
        linkCache.forgetWave(waveId);
        return describeWave(closed, await countResponses(tx, orgId, waveId));
      });
    },
  );

  app.get(
    '/api/organisations/:orgId/waves/:waveId/links',
    {
      schema: {
        security: manage,
        summary: 'The anonymous links of a wave, with participation per link',
        tags,
        params: waveParams,
        response: { 200: z.object({ links: z.array(linkSchema) }), ...scopedErrorResponses },
      },
    },
    async (request) => {
      const { orgId, waveId } = request.params;
      requireOrgPermission(request, orgId, 'measurement.manage');
      return withTenant(db, orgId, async (tx) => {
        await getWave(tx, orgId, waveId);
        const links = await tx
          .select()
          .from(waveLinks)
          .where(
            and(eq(waveLinks.orgId, orgId), eq(waveLinks.waveId, waveId), eq(waveLinks.singleUse, false)),
          );
        const counts = await tx
          .select({ perspective: responses.perspective, teamId: responses.teamId, n: count() })
          .from(responses)
          .where(and(eq(responses.orgId, orgId), eq(responses.waveId, waveId)))
          .groupBy(responses.perspective, responses.teamId);
        const countOf = (perspective: string, teamId: string | null) =>
          counts.find((row) => row.perspective === perspective && row.teamId === teamId)?.n ?? 0;
        return {
          links: links.map((link) => ({
            id: link.id,
            perspective: link.perspective,
            teamId: link.teamId,
            responseCount: countOf(link.perspective, link.teamId),
          })),
        };
      });
    },
  );

  app.post(
    '/api/organisations/:orgId/waves/:waveId/links',
    {
      schema: {
        security: manage,
        summary: 'Make an anonymous link for one perspective (and team); the token is shown only now',
        description:
          'The link is `/vragenlijst#<token>`: the token stays in the fragment, so it never reaches a server log.',
        tags,
        params: waveParams,
        body: z.object({ perspective: perspectiveSchema, teamId: z.uuid().nullable().default(null) }),
        response: {
          201: linkSchema.extend({ token: z.string(), path: z.string() }),
          ...scopedErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const { orgId, waveId } = request.params;
      requireOrgPermission(request, orgId, 'measurement.manage');
      const { perspective, teamId } = request.body;
      const token = createToken();
      const link = await withTenant(db, orgId, async (tx) => {
        await getWaveForLinks(tx, orgId, waveId, { perspective, teamId });
        return insertedRow(
          await tx
            .insert(waveLinks)
            .values({ orgId, waveId, perspective, teamId, tokenHash: hashToken(token) })
            .returning(),
        );
      });
      return reply.code(201).send({
        id: link.id,
        perspective: link.perspective,
        teamId: link.teamId,
        responseCount: 0,
        token,
        path: `/vragenlijst#${token}`,
      });
    },
  );
};

export default waveRoutes;
