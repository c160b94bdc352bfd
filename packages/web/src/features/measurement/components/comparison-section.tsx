import type { InstrumentContent } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table.tsx';
import { GroupedBarChart } from '../../../components/grouped-bar-chart.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SummaryRow } from '../../../components/summary-row.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDifference, formatMean } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';
import { type Comparison, useComparison } from '../api/get-comparison.ts';
import { perspectiveName } from './words.ts';

/** Scale means run from 1 to 5: the bars' full width. */
const likertMax = 5;

/**
 * This wave against the 0-meting, like for like: who took part in each, and per perspective both
 * asked, only the scales both instrument versions share (the guide's model is circular: measure,
 * act, measure again; a mean over other people is not a change).
 */
export function ComparisonSection({
  orgId,
  waveId,
  instrument,
}: {
  orgId: string;
  waveId: string;
  instrument: InstrumentContent;
}) {
  const { t } = useTranslation();
  const comparison = useComparison(orgId, waveId, true);
  return (
    <Section id="comparison-title" title={t('measurement.comparison.title')}>
      {comparison.error instanceof ApiError && comparison.error.status === 404 ? (
        <p>{t('measurement.comparison.none')}</p>
      ) : (
        <QueryState query={comparison}>
          {(data) => <ComparisonBody data={data} instrument={instrument} />}
        </QueryState>
      )}
    </Section>
  );
}

function ComparisonBody({ data, instrument }: { data: Comparison; instrument: InstrumentContent }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const mean = (value: number | null) =>
    value === null ? t('measurement.results.noFigure') : formatMean(value, locale);
  const nameOf = (kind: 'scale' | 'item' | 'perspective', key: string) => {
    if (kind === 'perspective') return perspectiveName(key, t);
    const found =
      kind === 'scale'
        ? instrument.scales.find((s) => s.key === key)
        : instrument.items.find((i) => i.key === key);
    if (!found) return key;
    return 'title' in found ? l(found.title) : l(found.text);
  };
  const who = (side: Comparison['participants']['baseline']) =>
    side.perspectives.map((p) => perspectiveName(p, t)).join(', ') || t('measurement.results.noFigure');
  const differentVersions = data.baseline.instrumentVersion !== data.later.instrumentVersion;
  return (
    <>
      <p>{t('measurement.comparison.intro', { baseline: data.baseline.title })}</p>
      <dl className="summary-list">
        <SummaryRow label={t('measurement.comparison.whoBaseline', { wave: data.baseline.title })}>
          {who(data.participants.baseline)}
        </SummaryRow>
        <SummaryRow label={t('measurement.comparison.whoNow', { wave: data.later.title })}>
          {who(data.participants.later)}
        </SummaryRow>
      </dl>
      {differentVersions && (
        <p className="notice">
          {t('measurement.comparison.versions', {
            baseline: data.baseline.instrumentVersion,
            later: data.later.instrumentVersion,
          })}
        </p>
      )}
      {data.sharedPerspectives.length === 0 && (
        <p className="notice">{t('measurement.comparison.noShared')}</p>
      )}
      {data.sharedPerspectives.map((perspective) => {
        const rows = data.rows.filter((row) => row.perspective === perspective && row.kind === 'scale');
        const name = perspectiveName(perspective, t);
        return (
          <Section key={perspective} id={`comparison-${perspective}`} title={name} level={3}>
            <GroupedBarChart
              max={likertMax}
              series={[
                { key: 'baseline', label: t('measurement.comparison.baseline') },
                { key: 'now', label: t('measurement.comparison.now') },
              ]}
              groups={rows.map((row) => ({
                key: row.key,
                label: nameOf('scale', row.key),
                values: [row.baseline, row.later],
              }))}
            />
            <DataTable
              caption={t('measurement.comparison.caption', { baseline: data.baseline.title, group: name })}
              columns={[
                t('measurement.results.scale'),
                { label: t('measurement.comparison.baseline'), className: 'table__number' },
                { label: t('measurement.comparison.now'), className: 'table__number' },
                { label: t('measurement.comparison.difference'), className: 'table__number' },
              ]}
            >
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{nameOf('scale', row.key)}</th>
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
          </Section>
        );
      })}
      <p className="table__note">{t('measurement.comparison.note')}</p>
      {data.notComparable.some((entry) => entry.kind !== 'item') && (
        <>
          <h3>{t('measurement.comparison.notComparableTitle')}</h3>
          <ul>
            {data.notComparable
              .filter((entry) => entry.kind !== 'item')
              .map((entry) => (
                <li key={`${entry.kind}-${entry.key}-${entry.perspective ?? ''}`}>
                  {t(`measurement.comparison.reason.${entry.reason}`, {
                    name: nameOf(entry.kind, entry.key),
                    group: entry.perspective ? perspectiveName(entry.perspective, t) : '',
                  })}
                </li>
              ))}
          </ul>
        </>
      )}
    </>
  );
}
