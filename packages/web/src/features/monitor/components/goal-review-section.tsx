import {
  type FrameworkContent,
  type GoalAchieved,
  goalAchievedValues,
  monitorRationaleMaxLength,
} from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextAreaField } from '../../../components/form-field.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useLocale } from '../../../lib/i18n.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { type Goal, useGoals } from '../../roadmap/api/get-goals.ts';
import { useReviewGoal } from '../api/change-monitor.ts';
import type { RoundDetail } from '../api/get-round.ts';
import { stepTitle } from './words.ts';

type Props = {
  orgId: string;
  roundId: string;
  reviews: RoundDetail['goalReviews'];
  canEdit: boolean;
  content: FrameworkContent;
};

/** "Doelen behaald?": per goal of the roadmap, answered in the eind-meting and kept as history. */
export function GoalReviewSection({ orgId, roundId, reviews, canEdit, content }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const goals = useGoals(orgId);
  return (
    <Section id="monitor-goals-title" title={t('monitor.goals.title')}>
      <p>{t('monitor.goals.intro')}</p>
      <QueryState query={goals} none={t('monitor.goals.none')}>
        {(list) =>
          list.map((goal) => {
            const review = reviews.filter((r) => r.goalId === goal.id).at(-1);
            return (
              <div key={goal.id} className="monitor-score">
                <h3>{goal.title}</h3>
                <p className="muted">{stepTitle(content, goal.stepKey, locale)}</p>
                {review && (
                  <p>
                    {t('monitor.goals.answered', {
                      answer: t(`roadmap.achieved.${review.achieved ?? 'no'}`),
                    })}
                    {review.note && ` ${review.note}`}
                  </p>
                )}
                {canEdit && (
                  <ReviewForm orgId={orgId} roundId={roundId} goal={goal} key={review?.id ?? 'new'} />
                )}
              </div>
            );
          })
        }
      </QueryState>
    </Section>
  );
}

function ReviewForm({ orgId, roundId, goal }: { orgId: string; roundId: string; goal: Goal }) {
  const { t } = useTranslation();
  const review = useReviewGoal();
  const { feedback, fail, check, succeed } = useFormFeedback();
  const [achieved, setAchieved] = useState('');
  const [note, setNote] = useState('');
  const id = `goal-review-${goal.id}`;
  const fields = {
    achieved: { id: `${id}-achieved`, label: t('monitor.goals.achieved', { title: goal.title }) },
    note: { id: `${id}-note`, label: t('monitor.goals.note') },
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ok = check({
      achieved: !achieved && t('monitor.goals.achievedRequired'),
      note:
        note.trim().length > monitorRationaleMaxLength &&
        t('monitor.score.rationaleTooLong', { max: monitorRationaleMaxLength }),
    });
    if (!ok || review.isPending) return;
    review
      .mutateAsync({ orgId, roundId, goalId: goal.id, achieved: achieved as GoalAchieved, note: note.trim() })
      .then(() => succeed(t('monitor.goals.saved', { title: goal.title }), false), fail);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <SectionFeedback feedback={feedback} />
      <ChoiceGroup
        id={fields.achieved.id}
        name={`${id}-achieved`}
        legend={fields.achieved.label}
        type="radio"
        inline
        options={goalAchievedValues.map((value) => ({ value, label: t(`roadmap.achieved.${value}`) }))}
        selected={[achieved]}
        onChange={(value) => setAchieved(value)}
      />
      <TextAreaField {...fields.note} value={note} onChange={(e) => setNote(e.target.value)} />
      <FormActions label={t('monitor.goals.save')} hiddenLabel={goal.title} pending={review.isPending} />
    </form>
  );
}
