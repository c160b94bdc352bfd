import {
  type Cell,
  type HiddenReason,
  type InstrumentScale,
  likertValues,
  type ScaleSummary,
} from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Bar } from '../../../components/bar.tsx';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';
import { formatMean, formatShare } from './words.ts';

/** The highest score on the answer scale; bars are drawn against it. */
const maxScore = 5;

export const isSummary = (
  value: ScaleSummary | { hidden: HiddenReason } | undefined,
): value is ScaleSummary => !!value && !('hidden' in value);

/** Why a figure is not shown, in plain words, with the threshold it did not reach. */
export function HiddenReasonText({ reason, min }: { reason: HiddenReason; min: number }) {
  const { t } = useTranslation();
  return <>{t(`measurement.hidden.${reason}`, { min })}</>;
}

/**
 * The results of one group (or the whole organisation): per scale a bar of the mean, which is a
 * picture only, and a table with the same numbers: people counted, mean, how many people per
 * rounded score, and the share of "weet ik niet".
 */
export function CellResults({
  cell,
  scales,
  caption,
  minCell,
}: {
  cell: Cell;
  scales: readonly InstrumentScale[];
  /** Names the group in the table's caption. */
  caption: string;
  minCell: number;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  if (!cell.visible) {
    return (
      <p className="hidden-cell">
        <HiddenReasonText reason={cell.reason} min={minCell} />
      </p>
    );
  }
  const shown = scales.filter((scale) => Object.hasOwn(cell.scales, scale.key));
  return (
    <>
      <p>{t('measurement.results.responses', { count: cell.n })}</p>
      <div className="bar-chart" aria-hidden="true">
        {shown.map((scale) => {
          const summary = cell.scales[scale.key];
          const mean = isSummary(summary) ? summary.mean : null;
          return (
            <div className="bar-chart__row" key={scale.key}>
              <span className="bar-chart__label">{l(scale.title)}</span>
              <Bar value={mean ?? 0} max={maxScore} className="bar bar--chart" />
              <span className="bar-chart__value">
                {mean === null ? t('measurement.results.noFigure') : formatMean(mean, locale)}
              </span>
            </div>
          );
        })}
      </div>
      <div className="table-scroll">
        <table className="table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('measurement.results.scale')}</th>
              <th scope="col" className="table__number">
                {t('measurement.results.n')}
              </th>
              <th scope="col" className="table__number">
                {t('measurement.results.mean')}
              </th>
              {likertValues.map((value) => (
                <th scope="col" className="table__number" key={value}>
                  <span className="visually-hidden">{t('measurement.results.scoreColumn')} </span>
                  {value}
                </th>
              ))}
              <th scope="col" className="table__number">
                {t('measurement.results.dontKnow')}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((scale) => {
              const summary = cell.scales[scale.key];
              return (
                <tr key={scale.key}>
                  <th scope="row">{l(scale.title)}</th>
                  {isSummary(summary) ? (
                    <>
                      <td className="table__number">{summary.n}</td>
                      <td className="table__number">
                        {summary.mean === null
                          ? t('measurement.results.noFigure')
                          : formatMean(summary.mean, locale)}
                      </td>
                      {likertValues.map((value) => (
                        <td className="table__number" key={value}>
                          {summary.distribution[value]}
                        </td>
                      ))}
                      <td className="table__number">
                        {summary.dontKnowShare === null
                          ? t('measurement.results.noFigure')
                          : formatShare(summary.dontKnowShare, locale)}
                      </td>
                    </>
                  ) : (
                    <td colSpan={likertValues.length + 3}>
                      {summary ? <HiddenReasonText reason={summary.hidden} min={minCell} /> : null}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="table__note">{t('measurement.results.tableNote')}</p>
    </>
  );
}
