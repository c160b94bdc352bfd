import { buildNetworkSection, minimumOrganisations, reportQuerySchema } from '@derde-bron/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { pickLocale } from '../../i18n/locale.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { requireNetworkAdmin, requireOrgPermission, securityFor } from '../auth/guards.ts';
import { listMemberOrganisations, loadNetworkInputs } from '../network/sections.ts';
import { orgParams } from '../organisations/routes.ts';
import { buildImplementationReport } from './implementation-report.ts';
import { buildNetworkReport } from './network-report.ts';
import { createInFlight, renderPdf } from './pdf.ts';
import { loadReportData } from './report-data.ts';

const tags = ['reports'];
const today = () => new Date().toISOString().slice(0, 10);
const pdfResponse = z.any().describe('A PDF document (application/pdf)');

/** The implementation report per organisation and the network report, as PDF made on the server. */
const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  // The same report asked for again while it is being made waits for that one generation.
  const inFlight = createInFlight<Buffer>();

  app.get(
    '/api/organisations/:orgId/reports/implementation.pdf',
    {
      schema: {
        security: securityFor.permission('reports.read'),
        summary: 'The implementation report (PDF) in a variant: board, councils, municipality or audit',
        description:
          'Roadmap status with maturity and advice, goals and actions, and the measurement results with the comparison with the 0-meting, suppressed as on screen. The audit variant maps the three phases to indicators 1–3 of the Keurmerk Veiligheid in de Vrouwenopvang. A period without data answers 404 with code NOT_FOUND and a message that says so.',
        tags,
        params: orgParams,
        querystring: reportQuerySchema,
        response: { 200: pdfResponse, ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const auth = requireOrgPermission(request, orgId, 'reports.read');
      const { variant, year } = request.query;
      const locale = request.query.locale ?? pickLocale(request);
      const key = `${orgId}:${variant}:${locale}:${year ?? 'all'}`;
      const pdf = await inFlight.run(key, async () => {
        const data = await withTenant(db, orgId, (tx) => loadReportData(tx, orgId, year ?? null));
        return renderPdf(buildImplementationReport(data, variant, locale, today()));
      });
      await withTenant(db, orgId, (tx) =>
        recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'report.generated',
          details: { variant, locale, year: year ?? null },
        }),
      );
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="rapportage-${variant}.pdf"`)
        .send(pdf);
    },
  );

  app.get(
    '/api/network/report.pdf',
    {
      schema: {
        security: securityFor.networkAdmin,
        summary: 'The network report (PDF, network_admin only): the state across members, nothing named',
        tags,
        querystring: z.object({ locale: z.enum(['nl', 'en']).optional() }),
        response: { 200: pdfResponse, ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      requireNetworkAdmin(request);
      const locale = request.query.locale ?? pickLocale(request);
      const pdf = await inFlight.run(`network:${locale}`, async () => {
        const members = await listMemberOrganisations(db);
        const sections = (await loadNetworkInputs(db, members)).map((input) => buildNetworkSection(input));
        return renderPdf(
          buildNetworkReport(
            { participating: members.filter((m) => !m.optedOut).length, minimumOrganisations, sections },
            locale,
            today(),
          ),
        );
      });
      return reply
        .type('application/pdf')
        .header('Content-Disposition', 'attachment; filename="netwerkrapportage.pdf"')
        .send(pdf);
    },
  );
};

export default reportRoutes;
