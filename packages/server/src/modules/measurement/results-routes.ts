import { type Breakdown, breakdowns, buildWaveResults, compareWaves } from '@derde-bron/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Tx, withTenant } from '../../db/tenant.ts';
import { conflict, notFound } from '../../http-error.ts';
import { pickLocale } from '../../i18n/locale.ts';
import { toCsv } from '../../lib/csv.ts';
import { toXlsx } from '../../lib/xlsx.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { requireOrgPermission, securityFor } from '../auth/guards.ts';
import { orgParams } from '../organisations/routes.ts';
import { teams } from '../organisations/table.ts';
import { resultsTable, type ShownResults } from './results-table.ts';
import { measurementWaves, responses } from './table.ts';
import { loadTallies } from './tallies.ts';
import { describeWave, getWave, instrumentOf, instruments, type WaveRow } from './waves.ts';

const tags = ['measurement'];
const results = securityFor.permission('measurement.results');
const waveParams = orgParams.extend({ waveId: z.uuid() });

async function loadAnswers(tx: Tx, orgId: string, waveId: string) {
  return tx
    .select({ answers: responses.answers })
    .from(responses)
    .where(and(eq(responses.orgId, orgId), eq(responses.waveId, waveId)));
}

/** Scores are shown only once a wave is closed; before that, only participation counts. */
function assertClosed(wave: WaveRow) {
  if (describeWave(wave, 0).status !== 'closed') throw conflict('resultsAfterClose');
}

/** Results of closed waves, always through the anonymity rules of the domain package. */
const resultsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  /** A closed wave's results as this member may see them: everyone's suppression, then their share. */
  async function readResults(
    tx: Tx,
    orgId: string,
    waveId: string,
    requested: Breakdown,
    membership: { role: string; teamId: string | null },
  ) {
    const teamManager = membership.role === 'team_manager';
    const breakdown = teamManager ? 'team' : requested;
    const wave = await getWave(tx, orgId, waveId);
    assertClosed(wave);
    const cells = await loadTallies(tx, orgId, wave);
    const computed = buildWaveResults({
      ...instrumentOf(wave),
      cells,
      breakdown,
      thresholds: { minCell: wave.minCell, minSensitiveCell: wave.minSensitiveCell },
    });
    const responseCount = cells.reduce((sum, cell) => sum + cell.tally.responses, 0);
    const shown: ShownResults = teamManager
      ? {
          ...computed,
          total: null,
          sensitive: [],
          groups: computed.groups.filter((group) => group.key === membership.teamId),
        }
      : computed;
    return { wave: describeWave(wave, responseCount), results: shown };
  }

  app.get(
    '/api/measurement/instruments/:version',
    {
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

  app.get(
    '/api/organisations/:orgId/waves/:waveId/results',
    {
      schema: {
        security: results,
        summary: 'Results of a closed wave, per scale, for one predefined breakdown at a time',
        description:
          'Groups under the threshold are hidden, with enough others that none can be recovered by subtraction. A team manager gets only their own team.',
        tags,
        params: waveParams,
        querystring: z.object({ breakdown: z.enum(breakdowns).default('none') }),
        response: {
          200: z.object({
            wave: z.record(z.string(), z.unknown()),
            results: z.record(z.string(), z.unknown()),
          }),
          ...scopedErrorResponses,
        },
      },
    },
    async (request) => {
      const { orgId, waveId } = request.params;
      const { membership } = requireOrgPermission(request, orgId, 'measurement.results');
      return withTenant(db, orgId, (tx) =>
        readResults(tx, orgId, waveId, request.query.breakdown, membership),
      );
    },
  );

  const exportFormats = {
    csv: {
      type: 'text/csv; charset=utf-8',
      render: async (rows: ReturnType<typeof resultsTable>) => toCsv(rows),
    },
    xlsx: {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      render: (rows: ReturnType<typeof resultsTable>) => toXlsx('Uitslagen', rows),
    },
  };
  for (const [format, { type, render }] of Object.entries(exportFormats)) {
    app.get(
      `/api/organisations/:orgId/waves/:waveId/results.${format}`,
      {
        schema: {
          security: results,
          summary: `The same results as ${format.toUpperCase()}, with the same suppression (hidden cells say so)`,
          tags,
          params: waveParams,
          querystring: z.object({ breakdown: z.enum(breakdowns).default('none') }),
          response: { 200: z.any(), ...scopedErrorResponses },
        },
      },
      async (request, reply) => {
        const { orgId, waveId } = request.params;
        const auth = requireOrgPermission(request, orgId, 'measurement.results');
        const locale = pickLocale(request);
        const rows = await withTenant(db, orgId, async (tx) => {
          const { results: shown } = await readResults(
            tx,
            orgId,
            waveId,
            request.query.breakdown,
            auth.membership,
          );
          const teamRows = await tx
            .select({ id: teams.id, name: teams.name })
            .from(teams)
            .where(eq(teams.orgId, orgId));
          const teamNames = new Map(teamRows.map((team) => [team.id, team.name]));
          await recordAudit(tx, {
            orgId,
            actorUserId: auth.user.id,
            action: 'measurement.exported',
            targetType: 'wave',
            targetId: waveId,
            details: { format },
          });
          return resultsTable(shown, locale, (key) => teamNames.get(key) ?? key);
        });
        return reply
          .type(type)
          .header('Content-Disposition', `attachment; filename="uitslagen.${format}"`)
          .send(await render(rows));
      },
    );
  }

  app.get(
    '/api/organisations/:orgId/waves/:waveId/comparison',
    {
      schema: {
        security: securityFor.permission('measurement.manage'),
        summary: 'The difference per scale between this wave and the 0-meting, for the whole organisation',
        tags,
        params: waveParams,
        response: {
          200: z.object({
            baseline: z.object({ id: z.uuid(), title: z.string() }),
            rows: z.array(
              z.object({
                scaleKey: z.string(),
                baseline: z.number().nullable(),
                later: z.number().nullable(),
                difference: z.number().nullable(),
              }),
            ),
          }),
          ...scopedErrorResponses,
        },
      },
    },
    async (request) => {
      const { orgId, waveId } = request.params;
      requireOrgPermission(request, orgId, 'measurement.manage');
      return withTenant(db, orgId, async (tx) => {
        const wave = await getWave(tx, orgId, waveId);
        assertClosed(wave);
        const [baseline] = (
          await tx
            .select()
            .from(measurementWaves)
            .where(and(eq(measurementWaves.orgId, orgId), eq(measurementWaves.kind, 'baseline')))
            .orderBy(asc(measurementWaves.opensOn))
        ).filter((candidate) => candidate.id !== waveId && describeWave(candidate, 0).status === 'closed');
        if (!baseline) throw notFound('noBaseline');
        const totals = async (of: WaveRow) => {
          const computed = buildWaveResults({
            ...instrumentOf(of),
            cells: await loadTallies(tx, orgId, of),
            breakdown: 'none',
            thresholds: { minCell: of.minCell, minSensitiveCell: of.minSensitiveCell },
          });
          // A hidden total or scale compares as "no figure": never approximated.
          if (!computed.total.visible) return {};
          return Object.fromEntries(
            Object.entries(computed.total.scales).map(([key, summary]) => [
              key,
              { mean: 'mean' in summary ? summary.mean : null },
            ]),
          );
        };
        return {
          baseline: { id: baseline.id, title: baseline.title },
          rows: compareWaves(await totals(baseline), await totals(wave)),
        };
      });
    },
  );

  app.get(
    '/api/organisations/:orgId/waves/:waveId/open-answers',
    {
      schema: {
        security: securityFor.permission('measurement.manage'),
        summary: 'Open answers of a closed wave: shuffled, without time or group, only from ten responses',
        tags,
        params: waveParams,
        response: {
          200: z.object({
            visible: z.boolean(),
            answers: z.array(z.object({ itemKey: z.string(), text: z.string() })),
            /** The day the retention job erased the answers, if it did. */
            removedOn: z.string().nullable(),
          }),
          ...scopedErrorResponses,
        },
      },
    },
    async (request) => {
      const { orgId, waveId } = request.params;
      requireOrgPermission(request, orgId, 'measurement.manage');
      return withTenant(db, orgId, async (tx) => {
        const wave = await getWave(tx, orgId, waveId);
        assertClosed(wave);
        const removedOn = wave.answersRemovedOn;
        if (removedOn) return { visible: false, answers: [], removedOn };
        const instrument = instrumentOf(wave);
        const openKeys = new Set(
          instrument.items.filter((item) => item.kind === 'open').map((item) => item.key),
        );
        const stored = await loadAnswers(tx, orgId, waveId);
        if (stored.length < wave.minSensitiveCell) return { visible: false, answers: [], removedOn };
        const answers = stored.flatMap((response) =>
          Object.entries(response.answers)
            .filter(([key, value]) => openKeys.has(key) && typeof value === 'string' && value.trim() !== '')
            .map(([itemKey, text]) => ({ itemKey, text: String(text) })),
        );
        // Fisher–Yates with a cryptographic source: no order that hints at who wrote what, or when.
        for (let i = answers.length - 1; i > 0; i--) {
          const j = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
          const k = j % (i + 1);
          [answers[i], answers[k]] = [
            answers[k] as (typeof answers)[number],
            answers[i] as (typeof answers)[number],
          ];
        }
        return { visible: true, answers, removedOn };
      });
    },
  );
};

export default resultsRoutes;
