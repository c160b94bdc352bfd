import { can } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { type RoadmapView, roadmapPage } from '../../roadmap/components/roadmap-data.tsx';
import { useCloseRound } from '../api/change-monitor.ts';
import { type RoundDetail, useRound } from '../api/get-round.ts';
import { GoalReviewSection } from './goal-review-section.tsx';
import { ScoreForm } from './score-form.tsx';
import { monitorContent, monitorPath, stepTitle } from './words.ts';

/** One begin- or eind-meting: the team scores every step and item, with why. */

function Round({ orgId, membership, content }: RoadmapView) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { roundId = '' } = useParams();
  const round = useRound(orgId, roundId);
  return (
    <>
      <p>
        <Link to={monitorPath}>{t('monitor.round.back')}</Link>
      </p>
      <QueryState query={round}>
        {(data) => {
          const canEdit = can(membership.role, 'monitor.edit') && data.round.closedAt === null;
          /** The score of a step or item (`step:…`, `item:…`), and changing it while the round is open. */
          const score = (subjectKey: string, label: string) => (
            <ScoreForm
              key={subjectKey}
              orgId={orgId}
              roundId={roundId}
              subjectKey={subjectKey}
              label={label}
              current={data.scores.find((s) => s.subjectKey === subjectKey)}
              canEdit={canEdit}
            />
          );
          return (
            <>
              <h2>
                {t(`monitor.kinds.${data.round.kind}`)}{' '}
                {t('monitor.rounds.cycle', { cycle: data.round.cycle })},{' '}
                {formatDay(data.round.heldOn, locale)}
              </h2>
              <p>{data.round.closedAt ? t('monitor.round.closedIntro') : t('monitor.round.intro')}</p>
              <CloseRound orgId={orgId} round={data.round} canEdit={can(membership.role, 'monitor.edit')} />
              {monitorContent.steps.map((step) => (
                <Section
                  key={step.stepKey}
                  id={`monitor-step-${step.stepKey}`}
                  title={stepTitle(content, step.stepKey, locale)}
                  level={3}
                >
                  {score(`step:${step.stepKey}`, step.question[locale])}
                  <details>
                    <summary>{t('monitor.round.items', { count: step.items.length })}</summary>
                    {step.items.map((item) => score(`item:${item.itemKey}`, item.statement[locale]))}
                  </details>
                </Section>
              ))}
              {data.round.kind === 'end' && (
                <GoalReviewSection
                  orgId={orgId}
                  roundId={roundId}
                  reviews={data.goalReviews}
                  canEdit={canEdit}
                  content={content}
                />
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function CloseRound({
  orgId,
  round,
  canEdit,
}: {
  orgId: string;
  round: RoundDetail['round'];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const close = useCloseRound();
  const { feedback, fail, succeed } = useFormFeedback();
  if (!canEdit) return null;
  const closed = round.closedAt !== null;
  const onClick = () => {
    if (close.isPending) return;
    close
      .mutateAsync({ orgId, roundId: round.id, version: round.version, closed: !closed })
      .then(() => succeed(closed ? t('monitor.round.reopened') : t('monitor.round.closedDone'), false), fail);
  };
  return (
    <>
      <SectionFeedback feedback={feedback} />
      <p>
        <Button variant="secondary" onClick={onClick} aria-disabled={close.isPending}>
          {closed ? t('monitor.round.reopen') : t('monitor.round.close')}
        </Button>
      </p>
    </>
  );
}

export const RoundPage = roadmapPage('monitor.round.title', Round);
