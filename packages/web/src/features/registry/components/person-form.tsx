import {
  bcpTaskKeys,
  coreTaskLetters,
  employmentKinds,
  fundingSources,
  nlqfLevels,
  type PersonKind,
  personKinds,
  registryLevelKeys,
  registryPhaseKeys,
  rolesForKind,
  trainingRoutes,
} from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import type { FieldRefs } from '../../../components/error-summary.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { Options } from '../../../components/options.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { checkFields } from '../../../lib/form-problem.ts';
import { bindFields, type FieldLabel } from '../../../lib/use-field-values.ts';
import type { FormState } from '../../../lib/use-form-mutation.ts';
import { useRetention } from '../../operations/api/get-retention.ts';
import type { Person } from '../api/get-people.ts';
import type { PersonInput } from '../api/save-person.ts';
import { publicRegisterUrl, useTerms } from './words.ts';

type Draft = {
  name: string;
  kind: string;
  membershipId: string;
  teamId: string;
  roles: string[];
  phases: string[];
  levels: string[];
  coreTasks: string[];
  bcpTasks: string[];
  employment: string;
  hoursPerWeek: string;
  fundingSource: string;
  fundingEndsOn: string;
  trainingName: string;
  trainingLevel: string;
  trainingNlqf: string;
  trainingRoute: string;
  trainingCompletedOn: string;
  trainingRecognised: boolean;
  trainingException: string;
  registrationNumber: string;
  registrationExpiresOn: string;
  skjNumber: string;
  skjExpiresOn: string;
  startedOn: string;
  endedOn: string;
  jobTitle: string;
  salaryScale: string;
  jobAddendum: boolean;
};

const fromPerson = (p: Person | null): Draft => ({
  name: p?.name ?? '',
  kind: p?.kind ?? 'expert',
  membershipId: p?.membershipId ?? '',
  teamId: p?.teamId ?? '',
  roles: p?.roles ?? [],
  phases: p?.phases ?? [],
  levels: p?.levels ?? [],
  coreTasks: p?.coreTasks ?? [],
  bcpTasks: p?.bcpTasks ?? [],
  employment: p?.employment ?? 'paid',
  hoursPerWeek: p?.hoursPerWeek === null || p?.hoursPerWeek === undefined ? '' : String(p.hoursPerWeek),
  fundingSource: p?.fundingSource ?? '',
  fundingEndsOn: p?.fundingEndsOn ?? '',
  trainingName: p?.trainingName ?? '',
  trainingLevel: p?.trainingLevel ?? '',
  trainingNlqf: p?.trainingNlqf ? String(p.trainingNlqf) : '',
  trainingRoute: p?.trainingRoute ?? '',
  trainingCompletedOn: p?.trainingCompletedOn ?? '',
  trainingRecognised: p?.trainingRecognised ?? false,
  trainingException: p?.trainingException ?? '',
  registrationNumber: p?.registrationNumber ?? '',
  registrationExpiresOn: p?.registrationExpiresOn ?? '',
  skjNumber: p?.skjNumber ?? '',
  skjExpiresOn: p?.skjExpiresOn ?? '',
  startedOn: p?.startedOn ?? '',
  endedOn: p?.endedOn ?? '',
  jobTitle: p?.jobTitle ?? '',
  salaryScale: p?.salaryScale ?? '',
  jobAddendum: p?.jobAddendum ?? false,
});

/** The draft's values a text field or select shows. */
const textKeys = [
  'name',
  'kind',
  'membershipId',
  'teamId',
  'employment',
  'hoursPerWeek',
  'fundingSource',
  'fundingEndsOn',
  'trainingName',
  'trainingLevel',
  'trainingNlqf',
  'trainingRoute',
  'trainingCompletedOn',
  'trainingException',
  'registrationNumber',
  'registrationExpiresOn',
  'skjNumber',
  'skjExpiresOn',
  'startedOn',
  'endedOn',
  'jobTitle',
  'salaryScale',
] as const;
type TextFields = Record<(typeof textKeys)[number], FieldLabel>;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function toInput(d: Draft): PersonInput {
  const expert = d.kind === 'expert';
  return {
    name: d.name.trim(),
    kind: d.kind as PersonInput['kind'],
    membershipId: orNull(d.membershipId),
    teamId: orNull(d.teamId),
    roles: d.roles,
    phases: d.phases,
    levels: d.levels,
    coreTasks: d.coreTasks,
    bcpTasks: d.bcpTasks as PersonInput['bcpTasks'],
    employment: d.employment as PersonInput['employment'],
    hoursPerWeek: d.hoursPerWeek.trim() === '' ? null : Number(d.hoursPerWeek.replace(',', '.')),
    fundingSource: orNull(d.fundingSource) as PersonInput['fundingSource'],
    fundingEndsOn: orNull(d.fundingEndsOn),
    trainingName: orNull(d.trainingName),
    trainingLevel: orNull(d.trainingLevel),
    trainingNlqf: d.trainingNlqf === '' ? null : Number(d.trainingNlqf),
    trainingRoute: orNull(d.trainingRoute) as PersonInput['trainingRoute'],
    trainingCompletedOn: orNull(d.trainingCompletedOn),
    trainingRecognised: d.trainingRecognised,
    trainingException: expert ? orNull(d.trainingException) : null,
    // A staff member with experiential knowledge is never asked to register: nothing is sent.
    registrationNumber: expert ? orNull(d.registrationNumber) : null,
    registrationExpiresOn: expert ? orNull(d.registrationExpiresOn) : null,
    skjNumber: expert ? orNull(d.skjNumber) : null,
    skjExpiresOn: expert ? orNull(d.skjExpiresOn) : null,
    startedOn: orNull(d.startedOn),
    endedOn: orNull(d.endedOn),
    jobTitle: orNull(d.jobTitle),
    salaryScale: orNull(d.salaryScale),
    jobAddendum: d.jobAddendum,
  };
}

/**
 * The whole person record. Never asks for lived experience: only deployment, support and funding.
 * Checks the obvious in the browser; the server checks everything again.
 */
export function PersonForm({
  idPrefix,
  person,
  teams,
  members,
  submitLabel,
  form,
  onSubmit,
}: {
  idPrefix: string;
  person: Person | null;
  teams: Array<{ id: string; name: string }>;
  /** Member accounts to link to; undefined when the reader may not change the link. */
  members?: Array<{ id: string; name: string }>;
  submitLabel: string;
  /** The page's form (useFormMutation): its sending state and feedback. */
  form: FormState;
  onSubmit: (input: PersonInput) => void;
}) {
  const { t } = useTranslation();
  const { pending, feedback, setFeedback } = form;
  const retention = useRetention();
  const terms = useTerms();
  const [draft, setDraft] = useState<Draft>(() => fromPerson(person));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const expert = draft.kind === 'expert';
  const roleOptions = rolesForKind(draft.kind as PersonKind);
  const toggle =
    (key: 'roles' | 'phases' | 'levels' | 'coreTasks' | 'bcpTasks') => (value: string, checked: boolean) =>
      setDraft((d) => ({ ...d, [key]: checked ? [...d[key], value] : d[key].filter((v) => v !== value) }));
  const id = (name: string) => `${idPrefix}-${name}`;
  const label = (name: string) => t(`registry.person.fields.${name}`);
  const fieldNames = [
    'name',
    'kind',
    'levels',
    'hoursPerWeek',
    'registrationNumber',
    'registrationExpiresOn',
    'endedOn',
    'fundingSource',
    'fundingEndsOn',
    'roles',
    'phases',
    'trainingException',
    'skjNumber',
    'skjExpiresOn',
  ];
  const fields: FieldRefs = Object.fromEntries(fieldNames.map((n) => [n, { id: id(n), label: label(n) }]));
  const problem = feedback?.kind === 'error' ? feedback.problem : null;
  const errors = problem?.fields ?? {};
  const bind = bindFields(
    Object.fromEntries(textKeys.map((n) => [n, { id: id(n), label: label(n) }])) as TextFields,
    draft,
    (name, value) => set(name, value),
    problem,
  );
  const fieldError = (name: string) =>
    errors[name] ?? Object.entries(errors).find(([key]) => key.startsWith(`${name}.`))?.[1];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const hours = draft.hoursPerWeek.trim() === '' ? null : Number(draft.hoursPerWeek.replace(',', '.'));
    const problem = checkFields(
      {
        name: draft.name.trim() === '' && t('registry.person.errors.nameMissing'),
        levels: draft.levels.length === 0 && t('registry.person.errors.levelMissing'),
        hoursPerWeek:
          hours !== null &&
          (!Number.isFinite(hours) || hours < 0 || hours > 60) &&
          t('registry.person.errors.hours'),
        endedOn:
          draft.startedOn !== '' &&
          draft.endedOn !== '' &&
          draft.endedOn < draft.startedOn &&
          t('registry.person.errors.datesInWrongOrder'),
      },
      t('form.checkFields'),
    );
    if (problem) {
      setFeedback({ kind: 'error', problem });
      return;
    }
    onSubmit(toInput(draft));
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <SectionFeedback feedback={feedback} fields={fields} />
      <p className="hint">{t('registry.person.privacy')}</p>
      <TextField {...bind('name')} autoComplete="off" />
      <ChoiceGroup
        id={id('kind')}
        legend={label('kind')}
        type="radio"
        inline
        options={personKinds.map((k) => ({ value: k, label: t(`registry.kinds.${k}`) }))}
        selected={[draft.kind]}
        onChange={(value) =>
          // Roles belong to one kind: switching the kind keeps only the roles that still fit.
          setDraft((d) => ({
            ...d,
            kind: value,
            roles: d.roles.filter((role) => rolesForKind(value as PersonKind).includes(role)),
          }))
        }
      />
      {members && (
        <SelectField {...bind('membershipId')} hint={t('registry.person.membershipHint')}>
          <option value="">{t('registry.person.noAccount')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField {...bind('teamId')}>
        <option value="">{t('registry.person.noTeam')}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </SelectField>
      <ChoiceGroup
        id={id('roles')}
        legend={label('roles')}
        hint={t(expert ? 'registry.person.rolesHintExpert' : 'registry.person.rolesHintStaff')}
        type="checkbox"
        error={fieldError('roles')}
        options={roleOptions.map((k) => ({ value: k, label: terms.role(k) }))}
        selected={draft.roles}
        onChange={toggle('roles')}
      />
      <ChoiceGroup
        id={id('phases')}
        legend={label('phases')}
        hint={t('registry.person.phasesHint')}
        type="checkbox"
        error={fieldError('phases')}
        options={registryPhaseKeys.map((k) => ({ value: k, label: terms.phase(k) }))}
        selected={draft.phases}
        onChange={toggle('phases')}
      />
      <ChoiceGroup
        id={id('levels')}
        legend={label('levels')}
        type="checkbox"
        inline
        error={fieldError('levels')}
        options={registryLevelKeys.map((k) => ({ value: k, label: terms.level(k) }))}
        selected={draft.levels}
        onChange={toggle('levels')}
      />
      <ChoiceGroup
        id={id('coreTasks')}
        legend={label('coreTasks')}
        type="checkbox"
        options={coreTaskLetters.map((k) => ({ value: k, label: t(`registry.coreTasks.${k}`) }))}
        selected={draft.coreTasks}
        onChange={toggle('coreTasks')}
      />
      <ChoiceGroup
        id={id('bcpTasks')}
        legend={label('bcpTasks')}
        type="checkbox"
        options={bcpTaskKeys.map((k) => ({ value: k, label: t(`registry.bcpTasks.${k}`) }))}
        selected={draft.bcpTasks}
        onChange={toggle('bcpTasks')}
      />
      <ChoiceGroup
        id={id('employment')}
        legend={label('employment')}
        type="radio"
        inline
        options={employmentKinds.map((k) => ({ value: k, label: t(`registry.employment.${k}`) }))}
        selected={[draft.employment]}
        onChange={(value) => set('employment', value)}
      />
      <TextField {...bind('hoursPerWeek')} inputMode="decimal" className="input--short" />
      <SelectField {...bind('fundingSource')}>
        <Options
          values={fundingSources}
          none={t('registry.funding.none')}
          label={(k) => t(`registry.funding.${k}`)}
        />
      </SelectField>
      <TextField {...bind('fundingEndsOn')} type="date" />
      <fieldset className="fieldset">
        <legend>{t('registry.person.trainingLegend')}</legend>
        {expert && <p className="hint">{t('registry.person.trainingRule')}</p>}
        <TextField {...bind('trainingName')} />
        <SelectField {...bind('trainingNlqf')} hint={t('registry.person.nlqfHint')}>
          <option value="">{t('registry.person.nlqfNone')}</option>
          {nlqfLevels.map((level) => (
            <option key={level} value={String(level)}>
              {t('registry.person.nlqfLevel', { level })}
            </option>
          ))}
        </SelectField>
        <SelectField {...bind('trainingRoute')}>
          <Options
            values={trainingRoutes}
            none={t('registry.person.routeNone')}
            label={(route) => t(`registry.person.routes.${route}`)}
          />
        </SelectField>
        {draft.trainingLevel !== '' && (
          <TextField {...bind('trainingLevel')} hint={t('registry.person.trainingLevelOld')} />
        )}
        <TextField {...bind('trainingCompletedOn')} type="date" />
        <div className="checkbox">
          <input
            id={id('trainingRecognised')}
            type="checkbox"
            checked={draft.trainingRecognised}
            onChange={(e) => set('trainingRecognised', e.target.checked)}
          />
          <label htmlFor={id('trainingRecognised')}>{label('trainingRecognised')}</label>
        </div>
        {expert && !draft.trainingRecognised && <TextField {...bind('trainingException')} />}
      </fieldset>
      {!expert ? (
        <p className="hint">{t('registry.person.registrationStaff')}</p>
      ) : (
        <fieldset className="fieldset">
          <legend>{t('registry.person.registrationLegend')}</legend>
          <p className="hint">
            <a href={publicRegisterUrl} target="_blank" rel="noreferrer">
              {t('registry.person.publicRegister')}
            </a>
          </p>
          <TextField
            {...bind('registrationNumber')}
            hint={t('registry.person.registrationHint')}
            inputMode="numeric"
          />
          <TextField {...bind('registrationExpiresOn')} type="date" />
          <TextField {...bind('skjNumber')} hint={t('registry.person.skjHint')} inputMode="numeric" />
          <TextField {...bind('skjExpiresOn')} type="date" />
        </fieldset>
      )}
      <fieldset className="fieldset">
        <legend>{t('registry.person.jobLegend')}</legend>
        <p className="hint">{t('registry.person.jobHint')}</p>
        <TextField {...bind('jobTitle')} />
        <TextField {...bind('salaryScale')} className="input--short" />
        <div className="checkbox">
          <input
            id={id('jobAddendum')}
            type="checkbox"
            checked={draft.jobAddendum}
            onChange={(e) => set('jobAddendum', e.target.checked)}
          />
          <label htmlFor={id('jobAddendum')}>{label('jobAddendum')}</label>
        </div>
      </fieldset>
      <TextField {...bind('startedOn')} type="date" />
      <TextField
        {...bind('endedOn')}
        type="date"
        hint={[
          t('registry.person.endedHint'),
          retention && t('registry.person.endedRetention', { count: retention.endedRegistryPeople }),
        ]
          .filter(Boolean)
          .join(' ')}
      />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
