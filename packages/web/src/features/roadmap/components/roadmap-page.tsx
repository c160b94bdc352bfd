import type { StepKey } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { Section } from '../../../components/section.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';
import { roadmapExportUrl } from '../api/export-csv.ts';
import { AdviceBox } from './advice-box.tsx';
import { ChangesTable } from './changes-table.tsx';
import { FrameworkVersionNotice } from './framework-version-notice.tsx';
import { MaturityRules } from './maturity-rules.tsx';
import { ProgressBar, StepStatus } from './progress-bar.tsx';
import { ownerNames, type RoadmapView, roadmapPage } from './roadmap-data.tsx';
import { TrendSection } from './trend-section.tsx';
import { itemLabels } from './words.ts';

export const roadmapPath = '/organisatie/afwegingskader';
export const stepPath = (number: number) => `${roadmapPath}/stap/${number}`;

/**
 * The organisation's progress on the afwegingskader: its stage, each step's progress (as bars and
 * as a table with the same numbers), the step-3 advice, overdue goals and the latest changes.
 */

function Overview({ membership, orgId, roadmap, content }: RoadmapView) {
  const { t } = useTranslation();
  const locale = useLocale();
  const l = useLocalized();
  const stepByKey = new Map(content.steps.map((step) => [step.key, step]));
  const stepName = (key: StepKey) => {
    const step = stepByKey.get(key);
    return step ? `${t('common.step', { number: step.number })}: ${l(step.title)}` : key;
  };
  const { overall } = roadmap;

  return (
    <>
      <p className="lead">{t('roadmap.intro', { organisation: membership.organisationName })}</p>
      <FrameworkVersionNotice current={roadmap.frameworkVersion} />
      <ul className="link-list">
        <li>
          <Link to={`${roadmapPath}/beleid`}>{t('roadmap.links.policy')}</Link>
        </li>
        <li>
          <Link to={`${roadmapPath}/geschiedenis`}>{t('roadmap.links.history')}</Link>
        </li>
        <li>
          <a href={roadmapExportUrl(orgId)} download>
            {t('roadmap.links.csv')}
          </a>
        </li>
        <li>
          <Link to="/kader">{t('roadmap.links.guide')}</Link>
        </li>
      </ul>

      <Section id="stage-title" title={t('roadmap.stageTitle')}>
        <p className="stage-line">
          {t('roadmap.organisationStage')}{' '}
          <strong className="stage">{t(`roadmap.stage.${roadmap.stage}`)}</strong>
        </p>
        <ProgressBar percent={overall.percent} />
        <p>
          {t('roadmap.overallProgress', {
            done: overall.done,
            count: overall.applicable,
            percent: overall.percent,
          })}{' '}
          {t('roadmap.inProgressCount', { count: overall.inProgress })}
        </p>
        <MaturityRules stepCount={content.steps.length} />
      </Section>

      <Section id="steps-title" title={t('roadmap.stepsTitle')}>
        <ol className="step-list">
          {roadmap.steps.map((state) => {
            const step = stepByKey.get(state.stepKey);
            if (!step) return null;
            return (
              <li key={state.stepKey} className="card step-card">
                <h3>
                  <Link to={stepPath(step.number)}>
                    <span className="step-card__number">{t('common.step', { number: step.number })}</span>{' '}
                    {l(step.title)}
                  </Link>
                </h3>
                <StepStatus progress={state.progress} stage={state.stage} />
              </li>
            );
          })}
        </ol>
        <DataTable
          caption={t('roadmap.table.caption')}
          columns={columnsUnder(t, 'roadmap.table', [
            'step',
            { figure: 'done' },
            { figure: 'percent' },
            'stage',
          ])}
          foot={
            <tr>
              <th scope="row">{t('roadmap.table.total')}</th>
              <td className="table__number">
                {t('roadmap.table.doneOf', { done: overall.done, count: overall.applicable })}
              </td>
              <td className="table__number">{overall.percent}%</td>
              <td>{t(`roadmap.stage.${roadmap.stage}`)}</td>
            </tr>
          }
        >
          {roadmap.steps.map((state) => (
            <tr key={state.stepKey}>
              <th scope="row">{stepName(state.stepKey)}</th>
              <td className="table__number">
                {t('roadmap.table.doneOf', {
                  done: state.progress.done,
                  count: state.progress.applicable,
                })}
              </td>
              <td className="table__number">{state.progress.percent}%</td>
              <td>{t(`roadmap.stage.${state.stage}`)}</td>
            </tr>
          ))}
        </DataTable>
      </Section>

      <TrendSection orgId={orgId} />

      <AdviceBox advice={roadmap.advice} capacity={roadmap.capacity} content={content} />

      <Section id="overdue-title" title={t('roadmap.overdue.title')}>
        <OrNone items={roadmap.overdueGoals} none={t('roadmap.overdue.none')}>
          <p>{t('roadmap.overdue.intro', { count: roadmap.overdueGoals.length })}</p>
          <ul className="overdue-list">
            {roadmap.overdueGoals.map((goal) => {
              const step = stepByKey.get(goal.stepKey);
              return (
                <li key={goal.id}>
                  <span className="badge badge--late">
                    <span aria-hidden="true">⚠ </span>
                    {t('roadmap.overdue.marker')}
                  </span>{' '}
                  <strong>{goal.title}</strong>
                  {goal.deadline && (
                    <> {t('roadmap.overdue.deadline', { date: formatDay(goal.deadline, locale) })}</>
                  )}{' '}
                  {step && <Link to={stepPath(step.number)}>{stepName(goal.stepKey)}</Link>}
                </li>
              );
            })}
          </ul>
        </OrNone>
      </Section>

      <Section id="recent-title" title={t('roadmap.recent.title')}>
        <OrNone items={roadmap.recentChanges} none={t('roadmap.recent.none')}>
          <ChangesTable
            changes={roadmap.recentChanges}
            caption={t('roadmap.recent.caption', { count: roadmap.recentChanges.length })}
            labels={itemLabels(content, locale)}
            ownerName={ownerNames(roadmap)}
          />
        </OrNone>
        <p>
          <Link to={`${roadmapPath}/geschiedenis`}>{t('roadmap.links.history')}</Link>
        </p>
      </Section>
    </>
  );
}

export const RoadmapPage = roadmapPage('roadmap.title', Overview);
