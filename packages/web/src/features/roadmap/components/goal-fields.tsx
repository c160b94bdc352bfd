import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import type { FormProblem } from '../../../lib/form-problem.ts';
import type { Owner } from '../api/get-owners.ts';
import { OwnerOptions } from './item-edit-form.tsx';

/**
 * A new goal's fields (title, owner, deadline), written once for the step's goal form and for
 * "Maak hier een doel van" on a result.
 */
export const goalFieldIds = (prefix: string, t: TFunction) => ({
  title: { id: `${prefix}-title`, label: t('roadmap.goals.titleLabel') },
  ownerMembershipId: { id: `${prefix}-owner`, label: t('roadmap.goals.owner') },
  deadline: { id: `${prefix}-deadline`, label: t('roadmap.goals.deadline') },
});

/** What the goal fields hold, as the API takes it (empty owner and deadline are none). */
export function readGoalFields(form: HTMLFormElement) {
  const data = new FormData(form);
  return {
    title: String(data.get('title') ?? '').trim(),
    ownerMembershipId: String(data.get('ownerMembershipId') ?? '') || null,
    deadline: String(data.get('deadline') ?? '') || null,
  };
}

export function GoalFields({
  fields,
  problem,
  owners,
  defaultTitle,
}: {
  fields: ReturnType<typeof goalFieldIds>;
  problem: FormProblem | null;
  owners: Owner[];
  defaultTitle?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={fields.title.id}
        name="title"
        label={fields.title.label}
        hint={t('roadmap.goals.titleHint')}
        defaultValue={defaultTitle}
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
        <OwnerOptions owners={owners} />
      </SelectField>
      <TextField
        id={fields.deadline.id}
        name="deadline"
        type="date"
        className="input--date"
        label={fields.deadline.label}
        error={problem?.fields.deadline}
      />
    </>
  );
}
