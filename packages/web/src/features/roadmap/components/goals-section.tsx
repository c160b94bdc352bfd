import type { GoalStatus, StepKey } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { SelectField } from '../../../components/form-field.tsx';
import { Options } from '../../../components/options.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { type Feedback, SectionFeedback } from '../../../components/section-feedback.tsx';
import { formatDay, mediumDateFormat, today } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { useFormFeedback, useProblemOf } from '../../../lib/use-form-mutation.ts';
import { useCreateGoal } from '../api/create-goal.ts';
import { type Goal, type GoalAchieved, useGoals } from '../api/get-goals.ts';
import type { Owner } from '../api/get-owners.ts';
import { useUpdateGoal } from '../api/update-goal.ts';
import { GoalFields, goalFieldIds, readGoalFields } from './goal-fields.tsx';
import { GoalHistory } from './goal-history.tsx';

const goalStatuses: GoalStatus[] = ['open', 'inProgress', 'done'];
const achievedValues: GoalAchieved[] = ['yes', 'partly', 'no'];

export const isOverdue = (goal: Pick<Goal, 'deadline' | 'status'>, day = today()) =>
  goal.status !== 'done' && goal.deadline !== null && goal.deadline < day;

type Props = { orgId: string; stepKey: StepKey; stepNumber: number; canEdit: boolean; owners: Owner[] };

/** The goals and actions of one step: owner, deadline, status, "doel behaald?" and the review. */
export function GoalsSection({ orgId, stepKey, stepNumber, canEdit, owners }: Props) {
  const { t } = useTranslation();
  const goals = useGoals(orgId);
  const { feedback, setFeedback } = useFormFeedback();
  return (
    <Section id="goals-title" title={t('roadmap.goals.title')}>
      <p>{t('roadmap.goals.intro')}</p>
      <SectionFeedback feedback={feedback} />
      <QueryState query={goals}>
        {(all) => {
          const list = all.filter((goal) => goal.stepKey === stepKey);
          if (list.length === 0) return <p>{t('roadmap.goals.none')}</p>;
          return (
            <>
              <DataTable
                caption={t('roadmap.goals.caption', { number: stepNumber })}
                head={
                  <>
                    <th scope="col">{t('roadmap.goals.goal')}</th>
                    <th scope="col">{t('roadmap.goals.owner')}</th>
                    <th scope="col">{t('roadmap.goals.deadline')}</th>
                    <th scope="col">{t('roadmap.goals.status')}</th>
                    <th scope="col">{t('roadmap.goals.achieved')}</th>
                    <th scope="col">{t('roadmap.goals.reviewed')}</th>
                    {canEdit && <th scope="col">{t('roadmap.goals.actions')}</th>}
                  </>
                }
              >
                {list.map((goal) => (
                  <GoalRow
                    // A new key for every saved version, so the row's choices start afresh.
                    key={`${goal.id}:${goal.version}`}
                    orgId={orgId}
                    goal={goal}
                    canEdit={canEdit}
                    onFeedback={setFeedback}
                  />
                ))}
              </DataTable>
              <GoalHistory orgId={orgId} goals={list} />
            </>
          );
        }}
      </QueryState>
      {canEdit && <AddGoalForm orgId={orgId} stepKey={stepKey} owners={owners} />}
    </Section>
  );
}

function GoalRow({
  orgId,
  goal,
  canEdit,
  onFeedback,
}: {
  orgId: string;
  goal: Goal;
  canEdit: boolean;
  onFeedback: (feedback: Feedback) => void;
}) {
  const { t } = useTranslation();
  const problemOf = useProblemOf();
  const locale = useLocale();
  const update = useUpdateGoal();
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  const [achieved, setAchieved] = useState<GoalAchieved | ''>(goal.achieved ?? '');
  const overdue = isOverdue(goal);
  const fail = (error: Error) => onFeedback({ kind: 'error', problem: problemOf(error) });

  const succeed = (key: string) => () =>
    onFeedback({ kind: 'success', text: t(key, { title: goal.title }), focus: false });

  const onSave = () => {
    if (update.isPending) return;
    const newAchieved = achieved || null;
    if (status === goal.status && newAchieved === goal.achieved) {
      succeed('roadmap.goals.unchanged')();
      return;
    }
    const change = { orgId, goalId: goal.id, version: goal.version, status, achieved: newAchieved };
    update.mutateAsync(change).then(succeed('roadmap.goals.saved'), fail);
  };

  const onReviewed = () => {
    if (update.isPending) return;
    const change = { orgId, goalId: goal.id, version: goal.version, reviewed: true as const };
    update.mutateAsync(change).then(succeed('roadmap.goals.reviewDone'), fail);
  };

  return (
    <tr>
      <th scope="row">{goal.title}</th>
      <td>{goal.ownerName ?? <span className="muted">{t('roadmap.item.noOwner')}</span>}</td>
      <td>
        {goal.deadline ? (
          formatDay(goal.deadline, locale)
        ) : (
          <span className="muted">{t('roadmap.item.noDueDate')}</span>
        )}
        {overdue && (
          <span className="badge badge--late">
            <span aria-hidden="true">⚠ </span>
            {t('roadmap.overdue.marker')}
          </span>
        )}
      </td>
      <td>
        {canEdit ? (
          <SelectField
            id={`goal-${goal.id}-status`}
            label={t('roadmap.goals.statusOf', { title: goal.title })}
            hideLabel
            value={status}
            onChange={(event) => setStatus(event.target.value as GoalStatus)}
          >
            <Options values={goalStatuses} label={(value) => t(`roadmap.goalStatus.${value}`)} />
          </SelectField>
        ) : (
          t(`roadmap.goalStatus.${goal.status}`)
        )}
      </td>
      <td>
        {canEdit ? (
          <SelectField
            id={`goal-${goal.id}-achieved`}
            label={t('roadmap.goals.achievedOf', { title: goal.title })}
            hideLabel
            value={achieved}
            onChange={(event) => setAchieved(event.target.value as GoalAchieved | '')}
          >
            <Options
              values={achievedValues}
              none={t('roadmap.achieved.unknown')}
              label={(value) => t(`roadmap.achieved.${value}`)}
            />
          </SelectField>
        ) : (
          t(`roadmap.achieved.${goal.achieved ?? 'unknown'}`)
        )}
      </td>
      <td>
        {goal.reviewedAt
          ? t('roadmap.goals.reviewedOn', {
              date: mediumDateFormat(locale).format(new Date(goal.reviewedAt)),
              cycle: goal.cycle,
            })
          : t('roadmap.goals.notReviewed')}
      </td>
      {canEdit && (
        <td>
          <div className="button-row button-row--stacked">
            <Button variant="primary" onClick={onSave}>
              {t('roadmap.goals.save')}
              <span className="visually-hidden"> {goal.title}</span>
            </Button>
            <Button onClick={onReviewed}>
              {t('roadmap.goals.markReviewed')}
              <span className="visually-hidden"> {goal.title}</span>
            </Button>
          </div>
        </td>
      )}
    </tr>
  );
}

function AddGoalForm({ orgId, stepKey, owners }: { orgId: string; stepKey: StepKey; owners: Owner[] }) {
  const { t } = useTranslation();
  const create = useCreateGoal();
  const { feedback, setFeedback, fail, check } = useFormFeedback();
  const fields = goalFieldIds('new-goal', t);
  const problem = feedback?.kind === 'error' ? feedback.problem : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const form = event.currentTarget;
    const { title, ownerMembershipId, deadline } = readGoalFields(form);
    if (!check({ title: !title && t('roadmap.errors.goalRequired') })) return;
    create.mutate(
      { orgId, stepKey, title, ownerMembershipId, deadline },
      {
        onSuccess: () => {
          form.reset();
          setFeedback({ kind: 'success', text: t('roadmap.goals.added', { title }), focus: false });
        },
        onError: (error) => fail(error),
      },
    );
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="new-goal-form-title">
      <h3 id="new-goal-form-title">{t('roadmap.goals.formTitle')}</h3>
      <SectionFeedback feedback={feedback} fields={fields} />
      <GoalFields fields={fields} problem={problem} owners={owners} />
      <FormActions label={t('roadmap.goals.add')} />
    </form>
  );
}
