import type { InstrumentItem } from '@derde-bron/domain';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { formatMean, formatShare } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';
import type { ItemGroup, LinkedGoal } from '../api/get-item-results.ts';
import { GoalFromResultForm } from './goal-from-result-form.tsx';

type Figures = Extract<ItemGroup, { visible: true }>['items'];
const answers = ['1', '2', '3', '4', '5'] as const;

/** One step's questions for one group: a table with the same numbers a chart would show. */
export function ItemTable({
  orgId,
  waveId,
  caption,
  stepName,
  items,
  figures,
  goals,
  minCell,
  canMakeGoals,
  onGoalMade,
}: {
  orgId: string;
  waveId: string;
  caption: string;
  stepName: string;
  items: InstrumentItem[];
  figures: Figures;
  goals: LinkedGoal[];
  minCell: number;
  canMakeGoals: boolean;
  onGoalMade: (title: string) => void;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const [goalFor, setGoalFor] = useState<string | null>(null);
  return (
    <>
      <DataTable
        caption={caption}
        columns={[
          t('measurement.items.question'),
          { label: t('measurement.items.answered'), className: 'table__number' },
          { label: t('measurement.results.mean'), className: 'table__number' },
          t('measurement.items.spread'),
          { label: t('measurement.results.dontKnow'), className: 'table__number' },
          t('measurement.items.goals'),
        ]}
      >
        {items.map((item) => {
          const figure = figures[item.key];
          const linked = goals.filter((goal) => goal.itemKey === item.key);
          return (
            <Fragment key={item.key}>
              <tr>
                <th scope="row">{l(item.text)}</th>
                {!figure || 'hidden' in figure ? (
                  <td colSpan={4}>
                    {figure
                      ? t(`measurement.hidden.${figure.hidden}`, { min: minCell })
                      : t('measurement.results.noFigure')}
                  </td>
                ) : (
                  <>
                    <td className="table__number">{figure.n}</td>
                    <td className="table__number">{formatMean(figure.mean, locale)}</td>
                    <td>
                      {answers
                        .map((answer) =>
                          t('measurement.items.share', {
                            answer,
                            share: formatShare(figure.shares[answer] / 100, locale),
                          }),
                        )
                        .join(' · ')}
                    </td>
                    <td className="table__number">{formatShare(figure.dontKnowShare, locale)}</td>
                  </>
                )}
                <td>
                  {linked.length > 0 && (
                    <ul className="plain-list">
                      {linked.map((goal) => (
                        <li key={goal.id}>
                          {goal.title} — {t(`roadmap.goalStatus.${goal.status}`)}
                          {goal.achieved &&
                            `, ${t('measurement.items.achieved', { answer: t(`roadmap.achieved.${goal.achieved}`) })}`}
                          {!goal.fromThisWave &&
                            ` (${t('measurement.items.fromWave', { wave: goal.sourceWave.title })})`}
                        </li>
                      ))}
                    </ul>
                  )}
                  {canMakeGoals && (
                    <Button
                      onClick={() => setGoalFor(goalFor === item.key ? null : item.key)}
                      aria-expanded={goalFor === item.key}
                    >
                      {t('measurement.items.makeGoal')}
                      <span className="visually-hidden"> {l(item.text)}</span>
                    </Button>
                  )}
                </td>
              </tr>
            </Fragment>
          );
        })}
      </DataTable>
      {goalFor && (
        <GoalFromResultForm
          key={goalFor}
          orgId={orgId}
          waveId={waveId}
          itemKey={goalFor}
          itemText={l(items.find((item) => item.key === goalFor)?.text ?? { nl: '', en: '' })}
          stepName={stepName}
          onDone={(title) => {
            setGoalFor(null);
            onGoalMade(title);
          }}
        />
      )}
    </>
  );
}
