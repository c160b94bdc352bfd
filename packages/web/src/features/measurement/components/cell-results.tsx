import type { Cell, HiddenReason, InstrumentScale, PublishedScale } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Bar } from '../../../components/bar.tsx';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { SummaryRow } from '../../../components/summary-row.tsx';
import { formatMean, formatShare } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';

/** The highest score on the answer scale; bars are drawn against it. */
const maxScore = 5;

/** A scale's published figures; false for a figure hidden by the anonymity rules, or none at all. */
export const isShownScale = (
  value: PublishedScale | undefined,
): value is Extract<PublishedScale, { n: number }> => !!value && !('hidden' in value);

/** Why a figure is not shown, in plain words, with the threshold it did not reach. */
export function HiddenReasonText({ reason, min }: { reason: HiddenReason; min: number }) {
  const { t } = useTranslation();
  return <>{t(`measurement.hidden.${reason}`, { min })}</>;
}

/** How many people the group has as declared before the wave, and how many answered when shown. */
function GroupCounts({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  return (
    <dl className="summary-list summary-list--compact">
      <SummaryRow label={t('measurement.results.declared')}>{cell.declared}</SummaryRow>
      {cell.visible && <SummaryRow label={t('measurement.results.responded')}>{cell.n}</SummaryRow>}
    </dl>
  );
}

/**
 * The results of one group (or the whole organisation): the people declared and who answered,
 * then per scale a bar of the mean, which is a picture only, and a table with the same numbers:
 * people with a score, the mean and the share of "weet ik niet". A group with answers through a
 * shared link says so, since whoever holds such a link can answer more than once.
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
      <>
        <GroupCounts cell={cell} />
        <p className="hidden-cell">
          <HiddenReasonText reason={cell.reason} min={minCell} />
        </p>
      </>
    );
  }
  const shown = scales.filter((scale) => Object.hasOwn(cell.scales, scale.key));
  return (
    <>
      <GroupCounts cell={cell} />
      {cell.viaSharedLink && (
        <p className="notice notice--compact">{t('measurement.results.viaSharedLink')}</p>
      )}
      <div className="bar-chart" aria-hidden="true">
        {shown.map((scale) => {
          const figure = cell.scales[scale.key];
          const mean = isShownScale(figure) ? figure.mean : null;
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
      <DataTable
        caption={caption}
        columns={columnsUnder(t, 'measurement.results', [
          'scale',
          { figure: 'n' },
          { figure: 'mean' },
          { figure: 'dontKnow' },
        ])}
      >
        {shown.map((scale) => {
          const figure = cell.scales[scale.key];
          return (
            <tr key={scale.key}>
              <th scope="row">{l(scale.title)}</th>
              {isShownScale(figure) ? (
                <>
                  <td className="table__number">{figure.n}</td>
                  <td className="table__number">
                    {figure.mean === null
                      ? t('measurement.results.noFigure')
                      : formatMean(figure.mean, locale)}
                  </td>
                  <td className="table__number">
                    {figure.dontKnowShare === null
                      ? t('measurement.results.noFigure')
                      : formatShare(figure.dontKnowShare, locale)}
                  </td>
                </>
              ) : (
                <td colSpan={3}>
                  {figure ? <HiddenReasonText reason={figure.hidden} min={minCell} /> : null}
                </td>
              )}
            </tr>
          );
        })}
      </DataTable>
      <p className="table__note">{t('measurement.results.tableNote')}</p>
    </>
  );
}
