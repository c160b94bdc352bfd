import type { Cell, InstrumentScale } from '@derde-bron/domain';
import { perspectives } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table.tsx';
import { GroupedBarChart } from '../../../components/grouped-bar-chart.tsx';
import { Section } from '../../../components/section.tsx';
import { formatDifference, formatMean } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';
import { isShownScale } from './cell-results.tsx';
import { gap, perspectiveName } from './words.ts';

/** The perspective every other one is compared with: the staff who work with clients every day. */
const reference = 'staff';

type Group = { key: string; cell: Cell };

/** A scale's shown mean in a group, or null when the group or the scale is hidden. */
function meanOf(group: Group | undefined, scaleKey: string): number | null {
  if (!group?.cell.visible) return null;
  const figure = group.cell.scales[scaleKey];
  return isShownScale(figure) ? figure.mean : null;
}

/**
 * The gaps between perspectives: per scale, how far each perspective's mean lies from the staff's.
 * Only shown groups take part; a hidden figure stays hidden here too.
 */
export function GapsTable({ groups, scales }: { groups: Group[]; scales: readonly InstrumentScale[] }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const staff = groups.find((group) => group.key === reference);
  const others = perspectives
    .filter((p) => p !== reference)
    .flatMap((p) => groups.filter((group) => group.key === p && group.cell.visible));
  return (
    <Section id="gaps-title" title={t('measurement.gaps.title')}>
      <p>{t('measurement.gaps.intro')}</p>
      {!staff?.cell.visible ? (
        <p className="hidden-cell">{t('measurement.gaps.staffHidden')}</p>
      ) : others.length === 0 ? (
        <p className="hidden-cell">{t('measurement.gaps.noOthers')}</p>
      ) : (
        <>
          <GroupedBarChart
            max={5}
            series={[staff, ...others].map((group) => ({
              key: group.key,
              label: perspectiveName(group.key, t),
            }))}
            groups={scales.map((scale) => ({
              key: scale.key,
              label: l(scale.title),
              values: [staff, ...others].map((group) => meanOf(group, scale.key)),
            }))}
          />
          <DataTable
            caption={t('measurement.gaps.caption')}
            head={
              <>
                <th scope="col">{t('measurement.results.scale')}</th>
                <th scope="col" className="table__number">
                  {t('measurement.gaps.staffMean')}
                </th>
                {others.map((group) => (
                  <th scope="col" className="table__number" key={group.key}>
                    {t('measurement.gaps.differenceOf', { group: perspectiveName(group.key, t) })}
                  </th>
                ))}
              </>
            }
          >
            {scales.map((scale) => {
              const staffMean = meanOf(staff, scale.key);
              return (
                <tr key={scale.key}>
                  <th scope="row">{l(scale.title)}</th>
                  <td className="table__number">
                    {staffMean === null ? t('measurement.results.noFigure') : formatMean(staffMean, locale)}
                  </td>
                  {others.map((group) => {
                    const difference = gap(meanOf(group, scale.key), staffMean);
                    return (
                      <td className="table__number" key={group.key}>
                        {difference === null
                          ? t('measurement.results.noFigure')
                          : formatDifference(difference, locale)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </DataTable>
        </>
      )}
      <p className="table__note">{t('measurement.gaps.note')}</p>
    </Section>
  );
}
