import type { Step } from '@derde-bron/domain';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NextStepNotice } from '../../../components/next-step-notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useLocalized } from '../../../lib/i18n.ts';
import { NetworkLinks } from '../../knowledge-network/components/network-links.tsx';
import { useOwners } from '../api/get-owners.ts';
import { AdviceBox } from './advice-box.tsx';
import { CapacityForm } from './capacity-form.tsx';
import { GoalsSection } from './goals-section.tsx';
import { ItemSection } from './item-section.tsx';
import { StepStatus } from './progress-bar.tsx';
import { ownerNames, RoadmapData, type RoadmapView, useRoadmapHeadingData } from './roadmap-data.tsx';
import { roadmapPath, stepPath } from './roadmap-page.tsx';
import { StepChecks } from './step-checks.tsx';

/** One step of the organisation's roadmap: its items to work on, their decisions and evidence, and goals. */
export function RoadmapStepPage() {
  const { t } = useTranslation();
  const l = useLocalized();
  const { number } = useParams();
  const content = useRoadmapHeadingData();
  const step = content?.steps.find((s) => String(s.number) === number);
  const heading = step
    ? `${t('common.step', { number: step.number })}: ${l(step.title)}`
    : t('common.step', { number });
  return (
    <>
      <PageHeading title={t('roadmap.step.pageTitle', { step: heading })}>{heading}</PageHeading>
      <RoadmapData>
        {(view) => {
          const found = view.content.steps.find((s) => String(s.number) === number);
          if (!found) {
            return (
              <NextStepNotice
                message={t('roadmap.step.notFound')}
                to={roadmapPath}
                link={t('roadmap.step.back')}
              />
            );
          }
          return <StepContent view={view} step={found} />;
        }}
      </RoadmapData>
    </>
  );
}

function StepContent({ view, step }: { view: RoadmapView; step: Step }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { orgId, canEdit, roadmap, content } = view;
  const owners = useOwners(orgId, canEdit);
  const state = roadmap.steps.find((s) => s.stepKey === step.key);
  const ownerList = owners.data ?? [];
  const nameOf = ownerNames(roadmap, ownerList);
  return (
    <>
      <p className="lead">{l(step.summary)}</p>
      <p>
        <Link to={roadmapPath}>{t('roadmap.step.back')}</Link>
        {' · '}
        <Link to={`/kader/stap/${step.number}`}>{t('roadmap.step.guideLink')}</Link>
      </p>
      {state && (
        <div className="step-summary">
          <StepStatus progress={state.progress} stage={state.stage} />
          <StepChecks state={state} baselineWaveId={roadmap.baselineWaveId} />
        </div>
      )}
      {!canEdit && <p className="notice">{t('roadmap.step.readOnly')}</p>}
      {canEdit && owners.isError && (
        <p className="alert alert--error" role="alert">
          {t('roadmap.step.ownersFailed')}
        </p>
      )}
      {step.key === 'investment' && (
        <>
          <AdviceBox advice={roadmap.advice} capacity={roadmap.capacity} content={content} />
          {canEdit && <CapacityForm orgId={orgId} capacity={roadmap.capacity} />}
        </>
      )}
      {step.key === 'supportAndVision' && (
        <p className="notice">
          {t('roadmap.step.policyIntro')}{' '}
          <Link to={`${roadmapPath}/beleid`}>{t('roadmap.links.policy')}</Link>
        </p>
      )}

      <NetworkLinks stepKey={step.key} itemKey={null} about={l(step.title)} />
      {step.items.map((contentItem) => {
        const item = state?.items.find((i) => i.itemKey === contentItem.key);
        if (!item) return null;
        return (
          <Fragment key={item.itemKey}>
            <ItemSection
              orgId={orgId}
              stepNumber={step.number}
              content={contentItem}
              item={item}
              canEdit={canEdit}
              owners={ownerList}
              ownerName={nameOf}
            />
            <NetworkLinks
              stepKey={step.key}
              itemKey={item.itemKey}
              about={`${step.number}.${contentItem.number} ${l(contentItem.title)}`}
            />
          </Fragment>
        );
      })}

      <GoalsSection
        orgId={orgId}
        stepKey={step.key}
        stepNumber={step.number}
        canEdit={canEdit}
        owners={ownerList}
      />

      <nav aria-label={t('step.pagination')} className="pager">
        {step.number > 1 && (
          <Link to={stepPath(step.number - 1)} rel="prev">
            {t('step.previous')}
          </Link>
        )}
        <Link to={roadmapPath}>{t('roadmap.step.back')}</Link>
        {step.number < content.steps.length && (
          <Link to={stepPath(step.number + 1)} rel="next">
            {t('step.next')}
          </Link>
        )}
      </nav>
    </>
  );
}
