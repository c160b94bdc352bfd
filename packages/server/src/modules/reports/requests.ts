import type { Locale, ReportVariant } from '@derde-bron/domain';
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tenant.ts';
import { translate } from '../../i18n/messages.ts';
import { reports } from './table.ts';

/** A queued report that no job finished in this time is taken as failed (its job was lost). */
const staleAfter = sql`interval '10 minutes'`;

type Scope = { orgId: string } | { network: true };
const inScope = (scope: Scope) => ('orgId' in scope ? eq(reports.orgId, scope.orgId) : isNull(reports.orgId));

export type ReportAsked = {
  kind: 'implementation' | 'network';
  variant: ReportVariant | null;
  locale: Locale;
  year: number | null;
  requestedBy: string;
};

/**
 * Queues a report, or answers the one with the same parameters that is still being made (across
 * instances: a partial unique index holds one queued report per scope and parameters). Answers
 * the report and whether it is new, so that only a new one gets a job.
 */
export async function askReport(tx: Tx | Db, scope: Scope, asked: ReportAsked) {
  const sameAs = `${asked.kind}:${asked.variant ?? ''}:${asked.locale}:${asked.year ?? ''}`;
  await tx
    .update(reports)
    .set({ status: 'failed', finishedAt: sql`now()` })
    .where(
      and(inScope(scope), eq(reports.status, 'queued'), lt(reports.createdAt, sql`now() - ${staleAfter}`)),
    );
  // Twice at most: the queued report we collided with may have been finished before we read it.
  for (let attempt = 0; ; attempt++) {
    const [created] = await tx
      .insert(reports)
      .values({ ...asked, orgId: 'orgId' in scope ? scope.orgId : null, sameAs })
      .onConflictDoNothing()
      .returning(summaryColumns);
    if (created) return { report: created, isNew: true };
    const [queued] = await tx
      .select(summaryColumns)
      .from(reports)
      .where(and(inScope(scope), eq(reports.sameAs, sameAs), eq(reports.status, 'queued')));
    if (queued || attempt > 0) {
      if (!queued) throw new Error('report neither queued nor made');
      return { report: queued, isNew: false };
    }
  }
}

const summaryColumns = {
  id: reports.id,
  kind: reports.kind,
  variant: reports.variant,
  locale: reports.locale,
  year: reports.year,
  status: reports.status,
  createdAt: reports.createdAt,
  finishedAt: reports.finishedAt,
};
type SummaryRow = { [K in keyof typeof summaryColumns]: (typeof reports.$inferSelect)[K] };

/** A report as the API shows it; an empty one says why in the reader's language. */
export function describeReport(row: SummaryRow, locale: Locale) {
  return {
    id: row.id,
    variant: row.variant as ReportVariant | null,
    locale: row.locale,
    year: row.year,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    message:
      row.status === 'empty'
        ? translate(locale, 'reportNoData')
        : row.status === 'failed'
          ? translate(locale, 'reportFailed')
          : null,
  };
}

/** The reports of a scope, newest first (the retention job removes them after some days). */
export function listReports(tx: Tx | Db, scope: Scope) {
  // A report still queued after the stale time shows as failed (its job was lost), so that the
  // page stops waiting for it; asking again makes it anew.
  const status = sql<SummaryRow['status']>`case when ${reports.status} = 'queued'
    and ${reports.createdAt} < now() - ${staleAfter} then 'failed' else ${reports.status} end`;
  return tx
    .select({ ...summaryColumns, status })
    .from(reports)
    .where(inScope(scope))
    .orderBy(desc(reports.createdAt))
    .limit(50);
}

/** A finished report's PDF, or null while it is not (or never will be) there. */
export async function readReportPdf(tx: Tx | Db, scope: Scope, reportId: string) {
  const [row] = await tx
    .select({ status: reports.status, pdf: reports.pdf, variant: reports.variant, kind: reports.kind })
    .from(reports)
    .where(and(inScope(scope), eq(reports.id, reportId)));
  return row ?? null;
}
