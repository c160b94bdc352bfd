import type { FrameworkContent } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table.tsx';
import { GroupedBarChart } from '../../../components/grouped-bar-chart.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { useGap } from '../api/get-gap.ts';
import { stepTitle } from './words.ts';

const percent = (value: number | null) => (value === null ? '–' : `${value}`);

/**
 * The team's judgement beside what staff said on the matching scales of the latest closed wave,
 * both on 0–100. Only published staff figures: a hidden group gives a dash (docs/anonymity.md).
 */
export function GapSection({ orgId, content }: { orgId: string; content: FrameworkContent }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const gap = useGap(orgId, true);
  return (
    <Section id="monitor-gap-title" title={t('monitor.gap.title')}>
      <QueryState query={gap}>
        {(data) =>
          data.wave === null ? (
            <p>{t('monitor.gap.noWave')}</p>
          ) : (
            <>
              <p>
                {t('monitor.gap.intro', {
                  wave: data.wave.title,
                  day: formatDay(data.wave.closesOn, locale),
                })}
              </p>
              <p>{t('monitor.gap.howToRead')}</p>
              <DataTable
                caption={t('monitor.gap.caption')}
                columns={[
                  t('monitor.compare.step'),
                  { label: t('monitor.gap.team'), className: 'table__number' },
                  { label: t('monitor.gap.staff'), className: 'table__number' },
                  { label: t('monitor.gap.difference'), className: 'table__number' },
                ]}
              >
                {data.steps.map((step) => (
                  <tr key={step.stepKey}>
                    <th scope="row">{stepTitle(content, step.stepKey, locale)}</th>
                    <td className="table__number">{percent(step.team)}</td>
                    <td className="table__number">
                      {step.scaleKeys.length === 0 ? t('monitor.gap.noScale') : percent(step.staff)}
                    </td>
                    <td className="table__number">
                      {step.gap === null ? '–' : step.gap > 0 ? `+${step.gap}` : step.gap}
                    </td>
                  </tr>
                ))}
              </DataTable>
              <GroupedBarChart
                max={100}
                series={[
                  { key: 'team', label: t('monitor.gap.team') },
                  { key: 'staff', label: t('monitor.gap.staff') },
                ]}
                groups={data.steps.map((step) => ({
                  key: step.stepKey,
                  label: stepTitle(content, step.stepKey, locale),
                  values: [step.team, step.staff],
                }))}
              />
            </>
          )
        }
      </QueryState>
    </Section>
  );
}
