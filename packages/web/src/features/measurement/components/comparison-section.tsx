import type { InstrumentScale } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table.tsx';
import { GroupedBarChart } from '../../../components/grouped-bar-chart.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDifference, formatMean } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';
import { useComparison } from '../api/get-comparison.ts';

/** Scale means run from 1 to 5: the bars' full width. */
const likertMax = 5;

/** The whole organisation's means against the 0-meting: the guide's model is circular. */
export function ComparisonSection({
  orgId,
  waveId,
  scales,
}: {
  orgId: string;
  waveId: string;
  scales: readonly InstrumentScale[];
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const comparison = useComparison(orgId, waveId, true);
  const mean = (value: number | null) =>
    value === null ? t('measurement.results.noFigure') : formatMean(value, locale);
  const title = (scaleKey: string) => {
    const scale = scales.find((s) => s.key === scaleKey);
    return scale ? l(scale.title) : scaleKey;
  };
  return (
    <section aria-labelledby="comparison-title">
      <h2 id="comparison-title">{t('measurement.comparison.title')}</h2>
      {comparison.error instanceof ApiError && comparison.error.status === 404 ? (
        <p>{t('measurement.comparison.none')}</p>
      ) : (
        <QueryState query={comparison}>
          {(data) => (
            <>
              <p>{t('measurement.comparison.intro', { baseline: data.baseline.title })}</p>
              <GroupedBarChart
                max={likertMax}
                series={[
                  { key: 'baseline', label: t('measurement.comparison.baseline') },
                  { key: 'now', label: t('measurement.comparison.now') },
                ]}
                groups={data.rows.map((row) => ({
                  key: row.scaleKey,
                  label: title(row.scaleKey),
                  values: [row.baseline, row.later],
                }))}
              />
              <DataTable
                caption={t('measurement.comparison.caption', { baseline: data.baseline.title })}
                columns={[
                  t('measurement.results.scale'),
                  { label: t('measurement.comparison.baseline'), className: 'table__number' },
                  { label: t('measurement.comparison.now'), className: 'table__number' },
                  { label: t('measurement.comparison.difference'), className: 'table__number' },
                ]}
              >
                {data.rows.map((row) => (
                  <tr key={row.scaleKey}>
                    <th scope="row">{title(row.scaleKey)}</th>
                    <td className="table__number">{mean(row.baseline)}</td>
                    <td className="table__number">{mean(row.later)}</td>
                    <td className="table__number">
                      {row.difference === null
                        ? t('measurement.results.noFigure')
                        : formatDifference(row.difference, locale)}
                    </td>
                  </tr>
                ))}
              </DataTable>
              <p className="table__note">{t('measurement.comparison.note')}</p>
            </>
          )}
        </QueryState>
      )}
    </section>
  );
}
