import { registryActivityKeys, registryPhaseKeys } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { Options } from '../../../components/options.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { checkFields } from '../../../lib/form-problem.ts';
import { useFieldValues } from '../../../lib/use-field-values.ts';
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
  const [phases, setPhases] = useState<string[]>(activity?.phases ?? []);
  const [leaders, setLeaders] = useState<string[]>(activity?.leaderPersonIds ?? []);
  const problem = feedback?.kind === 'error' ? feedback.problem : null;
  const id = (field: string) => `${idPrefix}-${field}`;
  const fields = {
    activityKey: { id: id('key'), label: t('registry.activities.kind') },
    name: { id: id('name'), label: t('registry.activities.name') },
    startsOn: { id: id('starts'), label: t('registry.activities.startsOn') },
    endsOn: { id: id('ends'), label: t('registry.activities.endsOn') },
  };
  const { values, bind } = useFieldValues(
    fields,
    {
      activityKey: activity?.activityKey ?? '',
      name: activity?.name ?? '',
      startsOn: activity?.startsOn ?? '',
      endsOn: activity?.endsOn ?? '',
    },
    problem,
  );
  const { activityKey, name, startsOn, endsOn } = values;
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
      <SectionFeedback
        feedback={feedback}
        fields={{ ...fields, phases: { id: id('phases'), label: t('registry.activities.phases') } }}
      />
      <SelectField {...bind('activityKey')}>
        <Options
          values={registryActivityKeys}
          none={t('registry.activities.own')}
          label={(key) => terms.activity(key)}
        />
      </SelectField>
      <TextField {...bind('name')} hint={t('registry.activities.nameHint')} />
      <ChoiceGroup
        id={id('phases')}
        legend={t('registry.activities.phases')}
        type="checkbox"
        error={problem?.fields.phases}
        options={registryPhaseKeys.map((k) => ({ value: k, label: terms.phase(k) }))}
        selected={phases}
        onChange={toggle(setPhases)}
      />
      {people.length > 0 && (
        <ChoiceGroup
          id={id('leaders')}
          legend={t('registry.activities.leaders')}
          type="checkbox"
          options={people.map((p) => ({ value: p.id, label: p.name }))}
          selected={leaders}
          onChange={toggle(setLeaders)}
        />
      )}
      <TextField {...bind('startsOn')} type="date" />
      <TextField {...bind('endsOn')} type="date" />
      <Button type="submit" aria-disabled={pending}>
        {pending ? t('common.busy') : submitLabel}
      </Button>
    </form>
  );
}
