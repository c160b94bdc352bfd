import { type FormEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form-actions.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useOwners } from '../../roadmap/api/get-owners.ts';
import { OwnerOptions } from '../../roadmap/components/item-edit-form.tsx';
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
  const fields = {
    title: { id: `${id}-title`, label: t('roadmap.goals.titleLabel') },
    ownerMembershipId: { id: `${id}-owner`, label: t('roadmap.goals.owner') },
    deadline: { id: `${id}-deadline`, label: t('roadmap.goals.deadline') },
  };
  const problem = feedback?.kind === 'error' ? feedback.problem : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const data = new FormData(event.currentTarget);
    const title = String(data.get('title') ?? '').trim();
    const ownerMembershipId = String(data.get('ownerMembershipId') ?? '') || null;
    const deadline = String(data.get('deadline') ?? '') || null;
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
      <TextField
        id={fields.title.id}
        name="title"
        label={fields.title.label}
        hint={t('roadmap.goals.titleHint')}
        defaultValue={t('measurement.items.goalTitleDefault', { item: itemText })}
        autoComplete="off"
        required
        error={problem?.fields.title}
      />
      <SelectField
        id={fields.ownerMembershipId.id}
        name="ownerMembershipId"
        label={fields.ownerMembershipId.label}
        defaultValue=""
        error={problem?.fields.ownerMembershipId}
      >
        <OwnerOptions owners={owners.data ?? []} />
      </SelectField>
      <TextField
        id={fields.deadline.id}
        name="deadline"
        type="date"
        className="input--date"
        label={fields.deadline.label}
        error={problem?.fields.deadline}
      />
      <FormActions label={t('measurement.items.goalSubmit')} pending={create.isPending} />
    </form>
  );
}
