import { type FormEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form-actions.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useOwners } from '../../roadmap/api/get-owners.ts';
import { GoalFields, goalFieldIds, readGoalFields } from '../../roadmap/components/goal-fields.tsx';
import { useCreateGoalFromResult } from '../api/create-goal-from-result.ts';

/**
 * "Maak hier een doel van": the goal form, filled in from the item, for the step the item belongs
 * to. The goal remembers the wave and the item, so the next wave shows it beside the same question.
 */
export function GoalFromResultForm({
  orgId,
  waveId,
  itemKey,
  itemText,
  stepName,
  onDone,
}: {
  orgId: string;
  waveId: string;
  itemKey: string;
  itemText: string;
  stepName: string;
  onDone: (title: string) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateGoalFromResult();
  const owners = useOwners(orgId, true);
  const { feedback, fail, check } = useFormFeedback();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const id = `goal-from-${itemKey}`;
  const fields = goalFieldIds(id, t);
  const problem = feedback?.kind === 'error' ? feedback.problem : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const { title, ownerMembershipId, deadline } = readGoalFields(event.currentTarget);
    if (
      !check({
        title:
          (!title && t('roadmap.errors.goalRequired')) ||
          (title.length > 300 && t('measurement.items.goalTooLong')),
      })
    )
      return;
    create.mutate(
      { orgId, waveId, itemKey, goal: { title, ownerMembershipId, deadline } },
      { onSuccess: () => onDone(title), onError: fail },
    );
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
        {t('measurement.items.goalFormTitle')}
      </h3>
      <p>{t('measurement.items.goalFormIntro', { step: stepName })}</p>
      <SectionFeedback feedback={feedback} fields={fields} />
      <GoalFields
        fields={fields}
        problem={problem}
        owners={owners.data ?? []}
        defaultTitle={t('measurement.items.goalTitleDefault', { item: itemText })}
      />
      <FormActions label={t('measurement.items.goalSubmit')} pending={create.isPending} />
    </form>
  );
}
