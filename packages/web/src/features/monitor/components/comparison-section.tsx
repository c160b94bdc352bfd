import type { FrameworkContent } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table.tsx';
import { GroupedBarChart } from '../../../components/grouped-bar-chart.tsx';
import { Section } from '../../../components/section.tsx';
import { useLocale } from '../../../lib/i18n.ts';
import type { MonitorOverview } from '../api/get-monitor.ts';
import { levelLabel, stepTitle } from './words.ts';

/** Begin against end per step: a table with the team's reasons, and bars beside it (same figures). */
export function ComparisonSection({
  comparison,
  content,
}: {
  comparison: MonitorOverview['comparison'];
  content: FrameworkContent;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Section id="monitor-compare-title" title={t('monitor.compare.title')}>
      {comparison === null ? (
        <p>{t('monitor.compare.none')}</p>
      ) : (
        <>
          <p>{t('monitor.compare.intro', { cycle: comparison.cycle })}</p>
          <DataTable
            caption={t('monitor.compare.caption', { cycle: comparison.cycle })}
            columns={[
              t('monitor.compare.step'),
              t('monitor.kinds.begin'),
              t('monitor.kinds.end'),
              { label: t('monitor.compare.change'), className: 'table__number' },
              t('monitor.compare.why'),
            ]}
          >
            {comparison.steps.map((step) => (
              <tr key={step.stepKey}>
                <th scope="row">{stepTitle(content, step.stepKey, locale)}</th>
                <td>{levelLabel(step.begin?.stepScore, locale)}</td>
                <td>{levelLabel(step.end?.stepScore, locale)}</td>
                <td className="table__number">
                  {step.change === null ? '–' : step.change > 0 ? `+${step.change}` : step.change}
                </td>
                <td>
                  {step.beginRationale && (
                    <p>
                      <strong>{t('monitor.kinds.begin')}:</strong> {step.beginRationale}
                    </p>
                  )}
                  {step.endRationale && (
                    <p>
                      <strong>{t('monitor.kinds.end')}:</strong> {step.endRationale}
                    </p>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
          <GroupedBarChart
            max={4}
            series={[
              { key: 'begin', label: t('monitor.kinds.begin') },
              { key: 'end', label: t('monitor.kinds.end') },
            ]}
            groups={comparison.steps.map((step) => ({
              key: step.stepKey,
              label: stepTitle(content, step.stepKey, locale),
              values: [step.begin?.stepScore ?? null, step.end?.stepScore ?? null],
            }))}
          />
        </>
      )}
    </Section>
  );
}
