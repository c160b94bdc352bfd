import { type Breakdown, can, type InstrumentContent, perspectives } from '@derde-bron/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { useLocalized } from '../../../lib/i18n.ts';
import type { Membership } from '../../../lib/session.ts';
import { useFramework } from '../../framework/api/get-framework.ts';
import { type ItemResults, useItemResults } from '../api/get-item-results.ts';
import { useResults } from '../api/get-results.ts';
import { ItemTable } from './item-table.tsx';
import { BreakdownForm, WithInstrument } from './results-page.tsx';
import { groupName, resultsPath, sortGroups } from './words.ts';

/**
 * "Uitslagen per vraag": how each question was answered, under the step of the framework it
 * informs, per group of one breakdown, from what the wave published. Beside each question the goals
 * made from it ("wat we deden, en hielp het?"), and for the whole organisation "maak hier een doel van".
 */
export function ItemResultsContent({ membership }: { membership: Membership }) {
  const { waveId = '' } = useParams();
  const { t } = useTranslation();
  const manage = can(membership.role, 'measurement.manage');
  const [breakdown, setBreakdown] = useState<Breakdown>(manage ? 'none' : 'team');
  // The wave (for its instrument version and thresholds) comes with its results.
  const results = useResults(membership.orgId, waveId, 'none');
  const items = useItemResults(membership.orgId, waveId, breakdown);
  return (
    <>
      <p>
        <Link to={resultsPath(waveId)}>{t('measurement.items.back')}</Link>
      </p>
      <p>{t('measurement.items.intro')}</p>
      {manage && <BreakdownForm current={breakdown} onChoose={setBreakdown} />}
      <QueryState query={results}>
        {(answer) => (
          <WithInstrument version={answer.wave.instrumentVersion}>
            {(instrument) => (
              <QueryState query={items}>
                {(data) => (
                  <ItemGroups
                    orgId={membership.orgId}
                    waveId={waveId}
                    data={data}
                    breakdown={breakdown}
                    instrument={instrument}
                    minCell={answer.wave.thresholds.minCell}
                    canMakeGoals={can(membership.role, 'roadmap.edit')}
                  />
                )}
              </QueryState>
            )}
          </WithInstrument>
        )}
      </QueryState>
    </>
  );
}

function ItemGroups({
  orgId,
  waveId,
  data,
  breakdown,
  instrument,
  minCell,
  canMakeGoals,
}: {
  orgId: string;
  waveId: string;
  data: ItemResults;
  breakdown: Breakdown;
  instrument: InstrumentContent;
  minCell: number;
  canMakeGoals: boolean;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const framework = useFramework();
  const [made, setMade] = useState<string | null>(null);
  if (!data.available) return <p className="notice">{t('measurement.items.notAvailable')}</p>;
  const steps = framework.data?.content.steps ?? [];
  const stepName = (stepKey: string) => {
    const step = steps.find((s) => s.key === stepKey);
    return step ? t('measurement.items.stepName', { number: step.number, title: l(step.title) }) : stepKey;
  };
  const labels = new Map(data.groups.map((group) => [group.key, groupName(breakdown, group, t)]));
  const nameOf = (key: string) => labels.get(key) ?? key;
  const groups = [
    ...(data.total ? [{ key: 'total', name: t('measurement.results.totalTitle'), cell: data.total }] : []),
    ...sortGroups(data.groups, nameOf, breakdown === 'perspective' ? perspectives : []).map((group) => ({
      key: group.key,
      name: nameOf(group.key),
      cell: group.cell,
    })),
  ];
  // Steps in the framework's order; items in the instrument's order within each.
  const stepOrder =
    steps.length > 0 ? steps.map((s) => s.key) : [...new Set(instrument.items.map((i) => i.stepKey))];
  return (
    <>
      {made && (
        <div className="notice" role="status">
          <p>{t('measurement.items.goalMade', { title: made })}</p>
        </div>
      )}
      {groups.map((group) => (
        <Section key={group.key} id={`items-${group.key}`} title={group.name} className="result-block">
          {!group.cell.visible ? (
            <p>{t(`measurement.hidden.${group.cell.reason}`, { min: minCell })}</p>
          ) : (
            stepOrder.map((stepKey) => {
              const cell = group.cell;
              const stepItems = instrument.items.filter(
                (item) => item.stepKey === stepKey && cell.visible && item.key in cell.items,
              );
              if (stepItems.length === 0 || !cell.visible) return null;
              return (
                <ItemTable
                  key={stepKey}
                  orgId={orgId}
                  waveId={waveId}
                  caption={t('measurement.items.caption', { step: stepName(stepKey), group: group.name })}
                  stepName={stepName(stepKey)}
                  items={stepItems}
                  figures={cell.items}
                  goals={data.goals}
                  minCell={minCell}
                  // Goals are made from the whole organisation's result, once per question.
                  canMakeGoals={canMakeGoals && group.key === 'total'}
                  onGoalMade={setMade}
                />
              );
            })
          )}
        </Section>
      ))}
    </>
  );
}
