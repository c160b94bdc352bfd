import { useTranslation } from 'react-i18next';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { dateTimeFormat } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { type Report, type ReportScope, reportPdfUrl, useReports } from '../api/reports.ts';

/**
 * The reports asked for lately, newest first, as a table: what, when, and its state. A finished
 * one has a download link; one still being made shows that, and the page asks again until it is
 * done. The newest report's state is also said aloud (a polite live region).
 */
export function ReportList({ scope }: { scope: ReportScope }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const reports = useReports(scope);
  const time = dateTimeFormat(locale);
  const what = (report: Report) =>
    report.variant ? t(`benchmark.reports.variants.${report.variant}`) : t('benchmark.reports.network');
  return (
    <Section id="report-list-title" title={t('benchmark.reports.listTitle')}>
      <QueryState query={reports}>
        {({ reports: list }) => (
          <>
            <p className="visually-hidden" aria-live="polite">
              {list[0] ? t(`benchmark.reports.status.${list[0].status}`) : ''}
            </p>
            {list.length === 0 ? (
              <p className="muted">{t('benchmark.reports.none')}</p>
            ) : (
              <DataTable
                caption={t('benchmark.reports.listCaption')}
                columns={columnsUnder(t, 'benchmark.reports', [
                  'asked',
                  'what',
                  'language',
                  'period',
                  'state',
                ])}
              >
                {list.map((report) => (
                  <tr key={report.id}>
                    <td>{time.format(new Date(report.createdAt))}</td>
                    <th scope="row">{what(report)}</th>
                    <td>
                      {t(report.locale === 'nl' ? 'benchmark.reports.dutch' : 'benchmark.reports.english')}
                    </td>
                    <td>{report.year ?? t('benchmark.reports.allYears')}</td>
                    <td>
                      {report.status === 'ready' ? (
                        <a href={reportPdfUrl(scope, report.id)} download>
                          {t('benchmark.reports.download', { what: what(report) })}
                        </a>
                      ) : (
                        <>
                          {t(`benchmark.reports.status.${report.status}`)}
                          {report.message && <span className="choice__hint"> {report.message}</span>}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
          </>
        )}
      </QueryState>
    </Section>
  );
}
