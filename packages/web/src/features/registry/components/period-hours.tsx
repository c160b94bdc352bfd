import { useTranslation } from 'react-i18next';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { Section } from '../../../components/section.tsx';
import type { PersonDetail } from '../api/get-person.ts';

/**
 * Reflection hours in each registration's current period against the organisation's own norm.
 * The norm is labelled as the organisation's (Derde Bron's starting point), never as the register's rule.
 */
export function PeriodHours({ data }: { data: PersonDetail }) {
  const { t } = useTranslation();
  if (data.periods.length === 0) return null;
  return (
    <Section id="person-periods-title" title={t('registry.periods.title')}>
      <p>{t('registry.periods.intro')}</p>
      <DataTable
        caption={t('registry.periods.title')}
        hideCaption
        columns={columnsUnder(t, 'registry.periods', [
          'register',
          'period',
          { figure: 'hours' },
          { figure: 'norm' },
          { figure: 'short' },
        ])}
      >
        {data.periods.map((period) => (
          <tr key={period.register}>
            <th scope="row">{t(`registry.periods.registers.${period.register}`)}</th>
            <td>{t('registry.periods.range', { from: period.from, to: period.to })}</td>
            <td className="table__number">{period.hours}</td>
            <td className="table__number">{period.norm}</td>
            <td className="table__number">{period.short}</td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
