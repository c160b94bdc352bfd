import {
  buildNetworkSection,
  type Locale,
  minimumOrganisations,
  type ReportVariant,
  todayIso,
} from '@derde-bron/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import { withTenant } from '../../db/tenant.ts';
import { HttpError } from '../../http-error.ts';
import type { Jobs } from '../../jobs/jobs.ts';
import { errorForLog } from '../../lib/error-for-log.ts';
import { isDatabaseUnavailable } from '../../plugins/errors.ts';
import { currentSnapshot, type NetworkSectionProvider } from '../network/index.ts';
import { buildImplementationReport } from './implementation-report.ts';
import { buildNetworkReport } from './network-report.ts';
import { renderPdf } from './pdf.ts';
import { loadReportData } from './report-data.ts';
import { reports } from './table.ts';

export const reportQueue = 'report';

/**
 * Makes a queued report and stores its PDF. Whichever instance takes the job does the work once;
 * a job for a report that is no longer queued (done, or given up as stale) does nothing. A lost
 * database is thrown so that the queue tries again; anything else marks the report failed.
 */
export async function workReportQueue(
  jobs: Jobs,
  db: Db,
  log: FastifyBaseLogger,
  sections: readonly NetworkSectionProvider[],
) {
  await jobs.work(reportQueue, async (data) => {
    const reportId = String(data.reportId);
    const [report] = await db
      .select({
        orgId: reports.orgId,
        kind: reports.kind,
        variant: reports.variant,
        locale: reports.locale,
        year: reports.year,
      })
      .from(reports)
      .where(and(eq(reports.id, reportId), eq(reports.status, 'queued')));
    if (!report) return;
    let outcome: { status: 'ready'; pdf: Buffer } | { status: 'empty' | 'failed' };
    try {
      outcome = {
        status: 'ready',
        pdf:
          report.orgId === null
            ? await makeNetworkReport(db, sections, report.locale)
            : await makeImplementationReport(db, report.orgId, report as ImplementationAsked),
      };
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      if (error instanceof HttpError && error.statusCode === 404) outcome = { status: 'empty' };
      else {
        log.error({ error: errorForLog(error), job: reportQueue }, 'report failed');
        outcome = { status: 'failed' };
      }
    }
    await db
      .update(reports)
      .set({ ...outcome, finishedAt: sql`now()` })
      .where(and(eq(reports.id, reportId), eq(reports.status, 'queued')));
  });
}

type ImplementationAsked = { variant: ReportVariant; locale: Locale; year: number | null };

async function makeImplementationReport(
  db: Db,
  orgId: string,
  { variant, locale, year }: ImplementationAsked,
) {
  const data = await withTenant(db, orgId, (tx) => loadReportData(tx, orgId, year));
  return renderPdf(buildImplementationReport(data, variant, locale, todayIso()));
}

async function makeNetworkReport(db: Db, providers: readonly NetworkSectionProvider[], locale: Locale) {
  // The month's published network figures, as the dashboard shows them.
  const snapshot = await currentSnapshot(db, providers);
  const sections = snapshot.inputs.map((input) => buildNetworkSection(input));
  return renderPdf(
    buildNetworkReport(
      { participating: snapshot.participating, minimumOrganisations, sections },
      locale,
      todayIso(),
    ),
  );
}
