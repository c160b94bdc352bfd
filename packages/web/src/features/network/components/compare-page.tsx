import { minimumOrganisationsForQuartiles } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Bar } from '../../../components/bar.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import type { Membership } from '../../../lib/session.ts';
import { useNetworkComparison } from '../api/get-comparison.ts';
import { FigureCells, FigureHeaders, maxOf, useFormatValue, useMetricLabel } from './figures.tsx';
import { SnapshotNote } from './snapshot-note.tsx';

/** The organisation's own figures beside the network's median and quartiles; never another organisation's. */
export function CompareTables({ membership: { orgId } }: { membership: Membership }) {
  const { t, i18n } = useTranslation();
  const comparison = useNetworkComparison(orgId);
  const label = useMetricLabel();
  const format = useFormatValue();
  return (
    <QueryState query={comparison}>
      {(data) => (
        <>
          <p className="lead">
            {t('benchmark.compare.intro', {
              count: data.minimumOrganisations,
              quartiles: minimumOrganisationsForQuartiles,
            })}
          </p>
          <SnapshotNote snapshot={data} />
          {data.optedOut && <p className="alert">{t('benchmark.compare.optedOut')}</p>}
          {data.sections.map((section) => {
            const title = i18n.exists(`benchmark.sections.${section.key}`)
              ? t(`benchmark.sections.${section.key}`)
              : section.key;
            return (
              <Section key={section.key} id={`compare-${section.key}`} title={title}>
                <DataTable
                  caption={t('benchmark.compare.caption', { section: title })}
                  head={
                    <>
                      <th scope="col">{t('benchmark.figure')}</th>
                      <th scope="col" className="table__number">
                        {t('benchmark.compare.own')}
                      </th>
                      <FigureHeaders />
                      <th scope="col">{t('benchmark.compare.position')}</th>
                    </>
                  }
                >
                  {section.metrics.map((metric) => (
                    <tr key={metric.key}>
                      <th scope="row">{label(metric.key)}</th>
                      <td className="table__number">
                        <span className="bar-chart__value">
                          {metric.own !== null && (
                            <Bar value={metric.own} max={maxOf(metric.unit)} className="bar bar--chart" />
                          )}
                          {format(metric.own, metric.unit)}
                        </span>
                      </td>
                      <FigureCells figure={metric.network} unit={metric.unit} />
                      <td>{metric.position ? t(`benchmark.positions.${metric.position}`) : '—'}</td>
                    </tr>
                  ))}
                </DataTable>
              </Section>
            );
          })}
        </>
      )}
    </QueryState>
  );
}
