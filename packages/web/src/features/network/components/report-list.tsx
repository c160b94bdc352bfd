import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state.tsx';
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
    <section aria-labelledby="report-list-title">
      <h2 id="report-list-title">{t('benchmark.reports.listTitle')}</h2>
      <QueryState query={reports}>
        {({ reports: list }) => (
          <>
            <p className="visually-hidden" aria-live="polite">
              {list[0] ? t(`benchmark.reports.status.${list[0].status}`) : ''}
            </p>
            {list.length === 0 ? (
              <p className="muted">{t('benchmark.reports.none')}</p>
            ) : (
              <div className="table-scroll">
                <table className="table">
                  <caption>{t('benchmark.reports.listCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('benchmark.reports.asked')}</th>
                      <th scope="col">{t('benchmark.reports.what')}</th>
                      <th scope="col">{t('benchmark.reports.language')}</th>
                      <th scope="col">{t('benchmark.reports.period')}</th>
                      <th scope="col">{t('benchmark.reports.state')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((report) => (
                      <tr key={report.id}>
                        <td>{time.format(new Date(report.createdAt))}</td>
                        <th scope="row">{what(report)}</th>
                        <td>
                          {t(
                            report.locale === 'nl' ? 'benchmark.reports.dutch' : 'benchmark.reports.english',
                          )}
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
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
