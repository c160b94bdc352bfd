import { networkReportRequestSchema, reportRequestSchema } from '@derde-bron/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { accessRoutes } from '../../http/access-routes.ts';
import { sendDownload } from '../../http/download.ts';
import { orgRoutes } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { conflict, notFound } from '../../http-error.ts';
import { pickLocale } from '../../i18n/locale.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { reportQueue } from './report-job.ts';
import { askReport, describeReport, listReports, readReportPdf } from './requests.ts';

const tags = ['reports'];
const pdfResponse = z.any().describe('A PDF document (application/pdf)');
const reportSchema = z.object({
  id: z.uuid(),
  variant: z.string().nullable(),
  locale: z.enum(['nl', 'en']),
  year: z.number().nullable(),
  status: z.enum(['queued', 'ready', 'empty', 'failed']),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Why an empty or failed report has no PDF, in the reader's language. */
  message: z.string().nullable(),
});
const reportParams = orgParams.extend({ reportId: z.uuid() });
const networkReportParams = z.object({ reportId: z.uuid() });

/** The PDF of a finished report; a report still in the making or without data says so. */
function pdfOf(found: Awaited<ReturnType<typeof readReportPdf>>) {
  if (!found) throw notFound();
  if (found.status === 'queued') throw conflict('reportNotReady');
  if (found.status === 'empty') throw notFound('reportNoData');
  if (found.status === 'failed' || !found.pdf) throw conflict('reportFailed');
  return Buffer.from(found.pdf);
}

/**
 * Reports are made by the job queue: asking queues one (or joins the same one in the making), the
 * list shows each with its status, and a finished one is downloaded as often as needed until the
 * retention job removes it.
 */
const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const route = orgRoutes(app, { tags });

  app.post(
    '/api/organisations/:orgId/reports',
    {
      config: { access: { permission: 'reports.read' } },
      schema: {
        summary:
          'Ask for the implementation report (PDF) in a variant: board, councils, municipality or audit',
        description:
          'Roadmap status with maturity and advice, goals and actions, the measurement results with the comparison with the 0-meting (suppressed as on screen) and the registry as counts. The audit variant maps the three phases to indicators 1–3 of the Keurmerk Veiligheid in de Vrouwenopvang. Answers 202 with the queued report; a period without data ends with status `empty` and a message that says so.',
        tags,
        params: orgParams,
        body: reportRequestSchema,
        response: { 202: reportSchema, ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const auth = request.member;
      const { variant, year } = request.body;
      const locale = request.body.locale ?? pickLocale(request);
      const { report, isNew } = await withTenant(db, orgId, async (tx) => {
        await recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'report.generated',
          details: { variant, locale, year },
        });
        return askReport(
          tx,
          { orgId },
          { kind: 'implementation', variant, locale, year, requestedBy: auth.user.id },
        );
      });
      if (isNew) await app.jobs.send(reportQueue, { reportId: report.id });
      return reply.code(202).send(describeReport(report, pickLocale(request)));
    },
  );

  route.get('/api/organisations/:orgId/reports', {
    permission: 'reports.read',
    summary: 'The implementation reports asked for lately, newest first, each with its status',
    response: z.object({ reports: z.array(reportSchema) }),
    handler: async ({ tx, orgId, request }) => {
      const rows = await listReports(tx, { orgId });
      return { reports: rows.map((row) => describeReport(row, pickLocale(request))) };
    },
  });

  app.get(
    '/api/organisations/:orgId/reports/:reportId/pdf',
    {
      config: { access: { permission: 'reports.read' } },
      schema: {
        summary: 'Download a finished implementation report',
        tags,
        params: reportParams,
        response: { 200: pdfResponse, ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, reportId } = request.params;
      const found = await withTenant(db, orgId, (tx) => readReportPdf(tx, { orgId }, reportId));
      const pdf = pdfOf(found);
      return sendDownload(reply, {
        name: `rapportage-${found?.variant}.pdf`,
        type: 'application/pdf',
        body: pdf,
      });
    },
  );

  const network = accessRoutes(app, { access: 'networkAdmin', tags });

  network.post('/api/network/reports', {
    summary: 'Ask for the network report (PDF, network_admin only): the state across members, nothing named',
    body: networkReportRequestSchema,
    response: reportSchema,
    status: 202,
    handler: async ({ body, request }) => {
      const locale = body.locale ?? pickLocale(request);
      const { report, isNew } = await db.transaction((tx) =>
        askReport(
          tx,
          { network: true },
          { kind: 'network', variant: null, locale, year: null, requestedBy: request.signedIn.user.id },
        ),
      );
      if (isNew) await app.jobs.send(reportQueue, { reportId: report.id });
      return describeReport(report, pickLocale(request));
    },
  });

  network.get('/api/network/reports', {
    summary: 'The network reports asked for lately, newest first, each with its status',
    response: z.object({ reports: z.array(reportSchema) }),
    handler: async ({ request }) => {
      const rows = await listReports(db, { network: true });
      return { reports: rows.map((row) => describeReport(row, pickLocale(request))) };
    },
  });

  app.get(
    '/api/network/reports/:reportId/pdf',
    {
      config: { access: 'networkAdmin' },
      schema: {
        summary: 'Download a finished network report',
        tags,
        params: networkReportParams,
        response: { 200: pdfResponse, ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      const pdf = pdfOf(await readReportPdf(db, { network: true }, request.params.reportId));
      return sendDownload(reply, { name: 'netwerkrapportage.pdf', type: 'application/pdf', body: pdf });
    },
  );
};

export default reportRoutes;
