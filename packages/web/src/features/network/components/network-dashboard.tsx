import { minimumOrganisationsForQuartiles } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { useDashboard } from '../api/get-dashboard.ts';
import type { DashboardSection } from '../api/types.ts';
import { FiguresTable, useMetricLabel } from './figures.tsx';
import { SnapshotNote } from './snapshot-note.tsx';

/**
 * The network figures for the association, as tables: this month's snapshot, every figure over at
 * least five organisations (quartiles over seven), none named; a withheld figure says why. Each
 * bar is a picture of the number written beside it.
 */
export function NetworkDashboard() {
  const { t } = useTranslation();
  const dashboard = useDashboard();
  return (
    <Section id="network-figures-title" title={t('benchmark.dashboard.title')}>
      <QueryState query={dashboard}>
        {(data) => (
          <>
            <SnapshotNote snapshot={data} />
            <p>
              {t('benchmark.dashboard.intro', {
                count: data.minimumOrganisations,
                quartiles: minimumOrganisationsForQuartiles,
              })}
            </p>
            <p>{t('benchmark.dashboard.participating', { count: data.participating })}</p>
            {data.sections.map((section) => (
              <DashboardSectionTables key={section.key} section={section} />
            ))}
          </>
        )}
      </QueryState>
    </Section>
  );
}

function DashboardSectionTables({ section }: { section: DashboardSection }) {
  const { t, i18n } = useTranslation();
  const label = useMetricLabel();
  const title = i18n.exists(`benchmark.sections.${section.key}`)
    ? t(`benchmark.sections.${section.key}`)
    : section.key;
  const trends = section.metrics.filter((metric) => metric.trend.length > 0);
  return (
    <>
      <h3>{title}</h3>
      <FiguresTable
        caption={t('benchmark.dashboard.figuresCaption', { section: title })}
        first={t('benchmark.figure')}
        rows={section.metrics.map((metric) => ({ ...metric, name: label(metric.key) }))}
      />
      {section.distributions.map((distribution) => (
        <DataTable
          key={distribution.key}
          caption={t('benchmark.dashboard.stagesCaption', { subject: label(distribution.key) })}
          columns={columnsUnder(t, 'benchmark', ['stage', { figure: 'organisations' }])}
        >
          {distribution.counts.withheld ? (
            <tr>
              <td colSpan={2} className="figure--withheld">
                {t(`benchmark.withheld.${distribution.counts.reason}`)}
              </td>
            </tr>
          ) : (
            distribution.categories.map((category) => (
              <tr key={category}>
                <th scope="row">{t(`benchmark.stages.${category}`)}</th>
                <td className="table__number">
                  {distribution.counts.withheld ? 0 : (distribution.counts.counts[category] ?? 0)}
                </td>
              </tr>
            ))
          )}
        </DataTable>
      ))}
      {trends.map((metric) => (
        <FiguresTable
          key={`trend-${metric.key}`}
          caption={t('benchmark.dashboard.trendCaption', { figure: label(metric.key) })}
          first={t('benchmark.year')}
          rows={metric.trend.map((point) => ({
            key: String(point.year),
            name: point.year,
            figure: point.figure,
            unit: metric.unit,
          }))}
        />
      ))}
    </>
  );
}
