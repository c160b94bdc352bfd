import type { InstrumentItem, PublishedSensitive } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table.tsx';
import { Section } from '../../../components/section.tsx';
import { formatPercentagePoints, formatShare } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';

/**
 * The sensitive questions for the whole wave. Every answer was partly drawn at random in the
 * respondent's browser (randomized response), so only an estimate per answer is shown, with its
 * margin, and only from the higher threshold: never a count of people.
 */
export function SensitiveSection({
  sensitive,
  items,
  minSensitiveCell,
}: {
  sensitive: readonly PublishedSensitive[];
  items: readonly InstrumentItem[];
  minSensitiveCell: number;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  return (
    <Section id="sensitive-title" title={t('measurement.sensitive.title')}>
      <p>{t('measurement.sensitive.intro', { min: minSensitiveCell })}</p>
      <p>{t('measurement.sensitive.random')}</p>
      <p>{t('measurement.sensitive.margin')}</p>
      {sensitive.map((result) => {
        const item = items.find((i) => i.key === result.itemKey);
        if (item?.kind !== 'sensitive') return null;
        const headingId = `sensitive-${item.key}`;
        return (
          <Section key={item.key} id={headingId} title={l(item.text)} level={3} className="result-block">
            {result.visible ? (
              <DataTable
                caption={t('measurement.sensitive.caption', { count: result.n })}
                columns={[t('measurement.sensitive.answer'), t('measurement.sensitive.estimate')]}
              >
                {item.options
                  .filter((option) => Object.hasOwn(result.shares, option.key))
                  .map((option) => {
                    const estimate = result.shares[option.key];
                    return (
                      <tr key={option.key}>
                        <th scope="row">{l(option.label)}</th>
                        <td>
                          {estimate &&
                            t('measurement.sensitive.estimateText', {
                              share: formatShare(estimate.share, locale),
                              margin: formatPercentagePoints(estimate.margin, locale),
                            })}
                        </td>
                      </tr>
                    );
                  })}
              </DataTable>
            ) : (
              <p className="hidden-cell">{t('measurement.sensitive.hidden', { min: minSensitiveCell })}</p>
            )}
          </Section>
        );
      })}
    </Section>
  );
}
