import { useTranslation } from 'react-i18next';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { GroupedBarChart } from '../../../components/grouped-bar-chart.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { useRoadmapTrend } from '../api/get-trend.ts';

/** "2026-Q4" in words: "4e kwartaal 2026" / "Q4 2026". */
const useQuarterName = () => {
  const { t } = useTranslation();
  return (quarter: string) =>
    t('roadmap.trend.quarter', { year: quarter.slice(0, 4), quarter: quarter.slice(6) });
};

/**
 * The roadmap over time: per quarter the share of items done and the stage, as a table (the
 * accessible source) with bars beside it. Rebuilt by the server from the change history.
 */
export function TrendSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const quarterName = useQuarterName();
  const trend = useRoadmapTrend(orgId);
  return (
    <Section id="trend-title" title={t('roadmap.trend.title')}>
      <QueryState query={trend}>
        {({ points }) => (
          <OrNone items={points} none={t('roadmap.trend.none')}>
            <GroupedBarChart
              max={100}
              series={[{ key: 'percent', label: t('roadmap.trend.percent') }]}
              groups={points.map((point) => ({
                key: point.quarter,
                label: quarterName(point.quarter),
                values: [point.percent],
              }))}
            />
            <DataTable
              caption={t('roadmap.trend.caption')}
              columns={columnsUnder(t, 'roadmap.trend', ['when', { figure: 'percent' }, 'stage'])}
            >
              {points.map((point) => (
                <tr key={point.quarter}>
                  <th scope="row">
                    {quarterName(point.quarter)}{' '}
                    <span className="table__note">
                      {t('roadmap.trend.on', { date: formatDay(point.day, locale) })}
                    </span>
                  </th>
                  <td className="table__number">{point.percent}%</td>
                  <td>{t(`roadmap.stage.${point.stage}`)}</td>
                </tr>
              ))}
            </DataTable>
          </OrNone>
        )}
      </QueryState>
    </Section>
  );
}
