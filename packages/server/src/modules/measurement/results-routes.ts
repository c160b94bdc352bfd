import { randomInt } from 'node:crypto';
import { breakdowns, compareLikeForLike, perspectiveSchema } from '@derde-bron/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { sendDownload } from '../../http/download.ts';
import { orgRoutes } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { notFound } from '../../http-error.ts';
import { pickLocale } from '../../i18n/locale.ts';
import { toCsv } from '../../lib/csv.ts';
import { toXlsx } from '../../lib/xlsx.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { publishedOf, readResults } from './read-results.ts';
import { resultsTable } from './results-table.ts';
import { createResponseSeal } from './sealed-responses.ts';
import { measurementWaves, responses } from './table.ts';
import { getWave, instrumentOf, instruments, isClosed } from './waves.ts';

const tags = ['measurement'];
const waveParams = orgParams.extend({ waveId: z.uuid() });

const participantsSchema = z.object({
  perspectives: z.array(perspectiveSchema),
  /** Team names as the wave published them; null: people without a team. */
  teams: z.array(z.string().nullable()),
});
const comparedWaveSchema = z.object({ id: z.uuid(), title: z.string(), instrumentVersion: z.int() });
const comparisonSchema = z.object({
  baseline: comparedWaveSchema,
  later: comparedWaveSchema,
  participants: z.object({ baseline: participantsSchema, later: participantsSchema }),
  sharedPerspectives: z.array(perspectiveSchema),
  rows: z.array(
    z.object({
      perspective: perspectiveSchema,
      kind: z.enum(['scale', 'item']),
      key: z.string(),
      baseline: z.number().nullable(),
      later: z.number().nullable(),
      difference: z.number().nullable(),
    }),
  ),
  notComparable: z.array(
    z.object({
      kind: z.enum(['perspective', 'scale', 'item']),
      key: z.string(),
      perspective: perspectiveSchema.optional(),
      reason: z.enum(['onlyOneWave', 'notInBothVersions', 'notAskedInBoth']),
    }),
  ),
});

/**
 * Results of closed waves. Every answer here is read from the wave's one published document
 * (publication.ts): the breakdowns, the exports, the comparison and the open answers alike.
 */
const resultsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const route = orgRoutes(app, { tags });
  const seal = createResponseSeal(app.secretBox);

  app.get(
    '/api/measurement/instruments/:version',
    {
      config: { access: 'public' },
      schema: {
        summary: 'An instrument version: scales, items and how each scale is scored',
        tags,
        params: z.object({ version: z.coerce.number().int().positive().max(1000) }),
        response: { 200: z.record(z.string(), z.unknown()), 404: scopedErrorResponses[404] },
      },
    },
    async (request) => {
      const instrument = instruments.get(request.params.version);
      if (!instrument) throw notFound();
      return instrument;
    },
  );

  route.get('/api/organisations/:orgId/waves/:waveId/results', {
    permission: 'measurement.results',
    summary: 'Results of a closed wave, per scale, for one predefined breakdown at a time',
    description:
      'Read from the one pattern the wave published when it closed: no mix of breakdowns, exports or waves reveals a group under the threshold. Means carry a small fixed noise. A team manager gets only their own team.',
    params: waveParams,
    querystring: z.object({ breakdown: z.enum(breakdowns).default('none') }),
    response: z.object({
      wave: z.record(z.string(), z.unknown()),
      results: z.record(z.string(), z.unknown()),
      noiseScale: z.number(),
      openAnswersVisible: z.boolean(),
    }),
    handler: async ({ tx, orgId, params: { waveId }, query, member: { membership } }) => {
      const {
        wave,
        published,
        results: shown,
      } = await readResults(tx, seal, orgId, waveId, query.breakdown, membership);
      return {
        wave,
        results: shown,
        noiseScale: published.noiseScale,
        openAnswersVisible: published.openAnswers.visible,
      };
    },
  });

  const exportFormats = {
    csv: {
      type: 'text/csv; charset=utf-8',
      render: async (rows: ReturnType<typeof resultsTable>, locale: 'nl' | 'en') => toCsv(rows, locale),
    },
    xlsx: {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      render: (rows: ReturnType<typeof resultsTable>, locale: 'nl' | 'en') =>
        toXlsx(locale === 'nl' ? 'Uitslagen' : 'Results', rows),
    },
  };
  for (const [format, { type, render }] of Object.entries(exportFormats)) {
    app.get(
      `/api/organisations/:orgId/waves/:waveId/results.${format}`,
      {
        config: { access: { permission: 'measurement.results' } },
        schema: {
          summary: `The same results as ${format.toUpperCase()}, from the same published pattern (hidden groups say so)`,
          tags,
          params: waveParams,
          querystring: z.object({ breakdown: z.enum(breakdowns).default('none') }),
          response: { 200: z.any(), ...scopedErrorResponses },
        },
      },
      async (request, reply) => {
        const { orgId, waveId } = request.params;
        const auth = request.member;
        const locale = pickLocale(request);
        const rows = await withTenant(db, orgId, async (tx) => {
          const { row, results: shown } = await readResults(
            tx,
            seal,
            orgId,
            waveId,
            request.query.breakdown,
            auth.membership,
          );
          await recordAudit(tx, {
            orgId,
            actorUserId: auth.user.id,
            action: 'measurement.exported',
            targetType: 'wave',
            targetId: waveId,
            details: { format },
          });
          return resultsTable(shown, instrumentOf(row), locale);
        });
        const name = locale === 'nl' ? 'uitslagen' : 'results';
        return sendDownload(reply, { name: `${name}.${format}`, type, body: await render(rows, locale) });
      },
    );
  }

  route.get('/api/organisations/:orgId/waves/:waveId/comparison', {
    permission: 'measurement.manage',
    summary: 'This wave against the 0-meting, like for like: per perspective both waves asked',
    description:
      'Says which perspectives and teams took part in each wave, and compares per perspective only the scales and items both instrument versions share and both waves asked of that perspective; the rest is listed as not comparable. From the waves’ published results: a figure hidden in either wave compares as nothing.',
    params: waveParams,
    response: comparisonSchema,
    handler: async ({ tx, orgId, params: { waveId } }) => {
      const wave = await getWave(tx, orgId, waveId);
      const later = await publishedOf(tx, wave, seal);
      const [baseline] = (
        await tx
          .select()
          .from(measurementWaves)
          .where(and(eq(measurementWaves.orgId, orgId), eq(measurementWaves.kind, 'baseline')))
          .orderBy(asc(measurementWaves.opensOn))
      ).filter((candidate) => candidate.id !== waveId && isClosed(candidate));
      if (!baseline) throw notFound('noBaseline');
      const comparison = compareLikeForLike(
        { published: await publishedOf(tx, baseline, seal), instrument: instrumentOf(baseline) },
        { published: later, instrument: instrumentOf(wave) },
      );
      return {
        baseline: { id: baseline.id, title: baseline.title, instrumentVersion: baseline.instrumentVersion },
        later: { id: wave.id, title: wave.title, instrumentVersion: wave.instrumentVersion },
        ...comparison,
      };
    },
  });

  route.get('/api/organisations/:orgId/waves/:waveId/open-answers', {
    permission: 'measurement.manage',
    summary:
      'Open answers of a closed wave: shuffled, without time or group, only from ten invitation responses',
    params: waveParams,
    response: z.object({
      visible: z.boolean(),
      answers: z.array(z.object({ itemKey: z.string(), text: z.string() })),
      /** The day the retention job erased the answers, if it did. */
      removedOn: z.string().nullable(),
    }),
    handler: async ({ tx, orgId, params: { waveId } }) => {
      const wave = await getWave(tx, orgId, waveId);
      const published = await publishedOf(tx, wave, seal);
      const removedOn = wave.answersRemovedOn;
      if (removedOn || !published.openAnswers.visible) return { visible: false, answers: [], removedOn };
      const openKeys = new Set(
        instrumentOf(wave)
          .items.filter((item) => item.kind === 'open')
          .map((item) => item.key),
      );
      const rows = await tx
        .select({ sealed: responses.sealed })
        .from(responses)
        .where(and(eq(responses.orgId, orgId), eq(responses.waveId, waveId)));
      const answers = rows.flatMap((row) =>
        Object.entries(row.sealed ? seal.open(row.sealed).answers : {})
          .filter(([key, value]) => openKeys.has(key) && typeof value === 'string' && value.trim() !== '')
          .map(([itemKey, text]) => ({ itemKey, text: String(text) })),
      );
      // Fisher–Yates with a cryptographic source: no order that hints at who wrote what, or when.
      for (let i = answers.length - 1; i > 0; i--) {
        const j = randomInt(i + 1);
        [answers[i], answers[j]] = [
          answers[j] as (typeof answers)[number],
          answers[i] as (typeof answers)[number],
        ];
      }
      return { visible: true, answers, removedOn };
    },
  });
};

export default resultsRoutes;
