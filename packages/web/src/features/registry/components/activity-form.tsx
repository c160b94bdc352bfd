import { registryActivityKeys, registryPhaseKeys } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { Options } from '../../../components/options.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { checkFields } from '../../../lib/form-problem.ts';
import type { FormState } from '../../../lib/use-form-mutation.ts';
import type { Activity, ActivityInput } from '../api/activities.ts';
import type { Person } from '../api/get-people.ts';
import { useTerms } from './words.ts';

/**
 * An activity's fields: one of the guide's activities or an own one with a name, its phases, who
 * leads it, and when it runs. For adding (empty) and for changing (filled from `activity`).
 */
export function ActivityForm({
  idPrefix,
  activity,
  people,
  submitLabel,
  form,
  onSubmit,
}: {
  idPrefix: string;
  activity?: Activity;
  people: readonly Person[];
  submitLabel: string;
  /** The page's form (useFormMutation): its sending state and feedback. */
  form: FormState;
  onSubmit: (input: ActivityInput) => void;
}) {
  const { t } = useTranslation();
  const { pending, feedback, setFeedback } = form;
  const terms = useTerms();
  const [activityKey, setActivityKey] = useState(activity?.activityKey ?? '');
  const [name, setName] = useState(activity?.name ?? '');
  const [phases, setPhases] = useState<string[]>(activity?.phases ?? []);
  const [leaders, setLeaders] = useState<string[]>(activity?.leaderPersonIds ?? []);
  const [startsOn, setStartsOn] = useState(activity?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(activity?.endsOn ?? '');
  const errors = feedback?.kind === 'error' ? feedback.problem.fields : {};
  const id = (field: string) => `${idPrefix}-${field}`;
  const fields = {
    name: { id: id('name'), label: t('registry.activities.name') },
    phases: { id: id('phases'), label: t('registry.activities.phases') },
    endsOn: { id: id('ends'), label: t('registry.activities.endsOn') },
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const problem = checkFields(
      {
        name: activityKey === '' && name.trim() === '' && t('registry.activities.errors.name'),
        phases: phases.length === 0 && t('registry.activities.errors.phases'),
        endsOn:
          startsOn !== '' && endsOn !== '' && endsOn < startsOn && t('registry.activities.errors.endsOn'),
      },
      t('form.checkFields'),
    );
    if (problem) return setFeedback({ kind: 'error', problem });
    onSubmit({
      activityKey: activityKey || null,
      name: name.trim() || null,
      phases,
      leaderPersonIds: leaders,
      startsOn: startsOn || null,
      endsOn: endsOn || null,
    });
  };
  const toggle = (set: (update: (list: string[]) => string[]) => void) => (value: string, checked: boolean) =>
    set((list) => (checked ? [...list, value] : list.filter((v) => v !== value)));
  return (
    <form onSubmit={submit} noValidate className="form">
      <SectionFeedback feedback={feedback} fields={fields} />
      <SelectField
        id={id('key')}
        label={t('registry.activities.kind')}
        value={activityKey}
        onChange={(e) => setActivityKey(e.target.value)}
      >
        <Options
          values={registryActivityKeys}
          none={t('registry.activities.own')}
          label={(key) => terms.activity(key)}
        />
      </SelectField>
      <TextField
        id={id('name')}
        label={t('registry.activities.name')}
        hint={t('registry.activities.nameHint')}
        value={name}
        error={errors.name}
        onChange={(e) => setName(e.target.value)}
      />
      <ChoiceGroup
        id={id('phases')}
        name={id('phases')}
        legend={t('registry.activities.phases')}
        type="checkbox"
        error={errors.phases}
        options={registryPhaseKeys.map((k) => ({ value: k, label: terms.phase(k) }))}
        selected={phases}
        onChange={toggle(setPhases)}
      />
      {people.length > 0 && (
        <ChoiceGroup
          id={id('leaders')}
          name={id('leaders')}
          legend={t('registry.activities.leaders')}
          type="checkbox"
          options={people.map((p) => ({ value: p.id, label: p.name }))}
          selected={leaders}
          onChange={toggle(setLeaders)}
        />
      )}
      <TextField
        id={id('starts')}
        label={t('registry.activities.startsOn')}
        type="date"
        value={startsOn}
        onChange={(e) => setStartsOn(e.target.value)}
      />
      <TextField
        id={id('ends')}
        label={t('registry.activities.endsOn')}
        type="date"
        value={endsOn}
        error={errors.endsOn}
        onChange={(e) => setEndsOn(e.target.value)}
      />
      <Button type="submit" aria-disabled={pending}>
        {pending ? t('common.busy') : submitLabel}
      </Button>
    </form>
  );
}
