import type { InstrumentItem } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../lib/i18n.ts';
import type { SensitiveResult } from '../api/get-results.ts';

/** The sensitive questions for the whole wave: counts per answer, only from the higher threshold. */
export function SensitiveSection({
  sensitive,
  items,
  minSensitiveCell,
}: {
  sensitive: SensitiveResult[];
  items: readonly InstrumentItem[];
  minSensitiveCell: number;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <section aria-labelledby="sensitive-title">
      <h2 id="sensitive-title">{t('measurement.sensitive.title')}</h2>
      <p>{t('measurement.sensitive.intro', { min: minSensitiveCell })}</p>
      {sensitive.map((result) => {
        const item = items.find((i) => i.key === result.itemKey);
        if (item?.kind !== 'sensitive') return null;
        const headingId = `sensitive-${item.key}`;
        return (
          <section key={item.key} aria-labelledby={headingId} className="result-block">
            <h3 id={headingId}>{l(item.text)}</h3>
            {result.visible && result.counts ? (
              <div className="table-scroll">
                <table className="table">
                  <caption>{t('measurement.sensitive.caption', { count: result.n ?? 0 })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('measurement.sensitive.answer')}</th>
                      <th scope="col" className="table__number">
                        {t('measurement.sensitive.people')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {item.options.map((option) => (
                      <tr key={option.key}>
                        <th scope="row">{l(option.label)}</th>
                        <td className="table__number">{result.counts?.[option.key] ?? 0}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="hidden-cell">{t('measurement.hidden.tooFew', { min: minSensitiveCell })}</p>
            )}
          </section>
        );
      })}
    </section>
  );
}
