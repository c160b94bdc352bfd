import { type MetricUnit, minimumOrganisationsForQuartiles, type NetworkFigure } from '@derde-bron/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar } from '../../../components/bar.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { decimalFormat } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';

/** The highest value a unit's bar runs to. */
export const maxOf = (unit: MetricUnit) =>
  ({ score: 5, percent: 100, count: 1, perHundred: 20, perThousand: 1000 })[unit];

/** Numbers as the reader's language writes them, one decimal at most; a percent with its sign. */
export function useFormatValue() {
  const locale = useLocale();
  const format = decimalFormat(locale);
  return (value: number | null, unit: MetricUnit) =>
    value === null ? '—' : unit === 'percent' ? `${format.format(value)}%` : format.format(value);
}

/** What a metric key means, from the catalogue; never the key itself (metric-labels.test.tsx checks every key). */
export function useMetricLabel() {
  const { t, i18n } = useTranslation();
  const stepName = (step: string) =>
    i18n.exists(`benchmark.steps.${step}`) ? t(`benchmark.steps.${step}`) : step;
  return (key: string) => {
    const [kind, sub = ''] = key.split('.');
    if (key === 'overallProgress') return t('benchmark.metrics.overallProgress');
    if (key === 'stage.organisation') return t('benchmark.metrics.organisationStage');
    if (kind === 'stepProgress') return t('benchmark.metrics.stepProgress', { step: stepName(sub) });
    if (kind === 'stage') return t('benchmark.metrics.stepStage', { step: stepName(sub) });
    if (kind === 'scale' && i18n.exists(`benchmark.scales.${sub}`)) return t(`benchmark.scales.${sub}`);
    const band = key.split('.')[2];
    if (kind === 'registry' && band && i18n.exists(`benchmark.registry.${sub}`))
      return t('benchmark.inSizeBand', {
        figure: t(`benchmark.registry.${sub}`),
        band: t(`benchmark.sizeBands.${band}`),
      });
    if (kind === 'registry' && i18n.exists(`benchmark.registry.${sub}`))
      return t(`benchmark.registry.${sub}`);
    return t('benchmark.metrics.other');
  };
}

/**
 * The cells of one network figure: a bar (a picture only) with the median, the quartiles and the
 * number of organisations, or one cell that says why the figure is withheld. Under seven
 * organisations there are no quartiles (each would be one organisation's own value): one cell says so.
 */
export function FigureCells({ figure, unit }: { figure: NetworkFigure; unit: MetricUnit }) {
  const { t } = useTranslation();
  const format = useFormatValue();
  if (figure.withheld)
    return (
      <td colSpan={4} className="figure--withheld">
        {t(`benchmark.withheld.${figure.reason}`)}
      </td>
    );
  return (
    <>
      <td className="table__number">
        <span className="bar-chart__value">
          <Bar value={figure.median} max={maxOf(unit)} className="bar bar--chart" />
          {format(figure.median, unit)}
        </span>
      </td>
      {figure.q1 === null || figure.q3 === null ? (
        <td colSpan={2} className="figure--withheld">
          {t('benchmark.quartilesFrom', { count: minimumOrganisationsForQuartiles })}
        </td>
      ) : (
        <>
          <td className="table__number">{format(figure.q1, unit)}</td>
          <td className="table__number">{format(figure.q3, unit)}</td>
        </>
      )}
      <td className="table__number">{figure.organisations}</td>
    </>
  );
}

/** The header cells that go with FigureCells. */
export function FigureHeaders() {
  const { t } = useTranslation();
  return (['median', 'q1', 'q3', 'organisations'] as const).map((key) => (
    <th key={key} scope="col" className="table__number">
      {t(`benchmark.${key}`)}
    </th>
  ));
}

/** Network figures a row each: the row's name (`first` heads its column), then FigureCells. */
export function FiguresTable({
  caption,
  first,
  rows,
}: {
  caption: string;
  first: string;
  rows: Array<{ key: string; name: ReactNode; figure: NetworkFigure; unit: MetricUnit }>;
}) {
  return (
    <DataTable
      caption={caption}
      head={
        <>
          <th scope="col">{first}</th>
          <FigureHeaders />
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.key}>
          <th scope="row">{row.name}</th>
          <FigureCells figure={row.figure} unit={row.unit} />
        </tr>
      ))}
    </DataTable>
  );
}
