import { expertRoleKeys, registryLevelKeys, signalKeys } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { NumberField } from '../../../components/form-field.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { checkFields } from '../../../lib/form-problem.ts';
import type { Membership } from '../../../lib/session.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useSignals } from '../api/get-signals.ts';
import { type RegistrySettings, useRegistrySettings, useUpdateSettings } from '../api/settings.ts';
import { RegistryNav } from './register-page.tsx';
import { SignalList } from './signal-list.tsx';
import { registryPaths, useTerms } from './words.ts';

/** Everyone with something that needs attention, and the organisation's registration rule. */
export function Signals({ membership: { orgId } }: { membership: Membership }) {
  const { t } = useTranslation();
  const signals = useSignals(orgId);
  const settings = useRegistrySettings(orgId);
  return (
    <>
      <p className="lead">{t('registry.signals.intro')}</p>
      <RegistryNav />
      <QueryState query={signals}>
        {(data) => (
          <>
            <Section id="signal-counts-title" title={t('registry.signals.countsTitle')}>
              <DataTable
                caption={t('registry.signals.countsTitle')}
                hideCaption
                scroll={false}
                columns={columnsUnder(t, 'registry.signals', ['signal', { figure: 'people' }])}
              >
                {signalKeys.map((key) => (
                  <tr key={key}>
                    <th scope="row">{t(`registry.signals.short.${key}`)}</th>
                    <td className="table__number">{data.counts[key]}</td>
                  </tr>
                ))}
              </DataTable>
            </Section>
            <Section id="signal-people-title" title={t('registry.signals.peopleTitle')}>
              <OrNone items={data.people} none={t('registry.signals.nobody')}>
                <ul className="card-list">
                  {data.people.map((person) => (
                    <li key={person.id}>
                      <h3>
                        <Link to={registryPaths.person(person.id)}>{person.name}</Link>
                      </h3>
                      <SignalList signals={person.signals} />
                    </li>
                  ))}
                </ul>
              </OrNone>
            </Section>
          </>
        )}
      </QueryState>
      <QueryState query={settings}>
        {(current) => <SettingsForm orgId={orgId} settings={current} />}
      </QueryState>
    </>
  );
}

/** The server names a norm by its path (norms.skj.reflectionHours); the form by a flat key. */
const serverField = (key: string) =>
  ({
    reflectionMonths: 'norms.reflectionMonths',
    registerpleinMonths: 'norms.registerplein.periodMonths',
    registerpleinHours: 'norms.registerplein.reflectionHours',
    skjMonths: 'norms.skj.periodMonths',
    skjHours: 'norms.skj.reflectionHours',
  })[key] ?? key;

function SettingsForm({ orgId, settings }: { orgId: string; settings: RegistrySettings }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const update = useUpdateSettings();
  const [roles, setRoles] = useState(settings.rolesRequiringRegistration);
  const [trainingRoles, setTrainingRoles] = useState(settings.rolesRequiringTraining);
  const [levelsPresent, setLevelsPresent] = useState(settings.levelsPresent);
  const [norms, setNorms] = useState(() => ({
    reflectionMonths: String(settings.norms.reflectionMonths),
    registerpleinMonths: String(settings.norms.registerplein.periodMonths),
    registerpleinHours: String(settings.norms.registerplein.reflectionHours),
    skjMonths: String(settings.norms.skj.periodMonths),
    skjHours: String(settings.norms.skj.reflectionHours),
  }));
  const setNorm = (key: keyof typeof norms) => (e: { target: { value: string } }) =>
    setNorms((n) => ({ ...n, [key]: e.target.value }));
  const whole = (value: string) => Number(value.trim());
  const toggle = (setter: typeof setRoles) => (value: string, checked: boolean) =>
    setter((r) => (checked ? [...r, value] : r.filter((v) => v !== value)));
  // Conditions are for the ervaringsdeskundige's roles only (domain rolesForKind).
  const options = expertRoleKeys.map((k) => ({ value: k, label: terms.role(k) }));
  const { feedback, setFeedback, fail } = useFormFeedback();
  const normFields = Object.keys(norms) as Array<keyof typeof norms>;
  const errors = feedback?.kind === 'error' ? feedback.problem.fields : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = checkFields(
      {
        levelsPresent: levelsPresent.length === 0 && t('registry.settings.levelsMissing'),
        ...Object.fromEntries(
          normFields.map((key) => {
            const value = whole(norms[key]);
            return [
              key,
              !(norms[key].trim() !== '' && Number.isInteger(value) && value >= 0) &&
                t('registry.norms.wholeNumber'),
            ];
          }),
        ),
      },
      t('form.checkFields'),
    );
    if (problem) return setFeedback({ kind: 'error', problem });
    update.mutate(
      {
        orgId,
        version: settings.version,
        rolesRequiringRegistration: roles,
        rolesRequiringTraining: trainingRoles,
        levelsPresent,
        norms: {
          reflectionMonths: whole(norms.reflectionMonths),
          registerplein: {
            periodMonths: whole(norms.registerpleinMonths),
            reflectionHours: whole(norms.registerpleinHours),
          },
          skj: { periodMonths: whole(norms.skjMonths), reflectionHours: whole(norms.skjHours) },
        },
      },
      {
        onSuccess: () => setFeedback({ kind: 'success', text: t('registry.settings.saved'), focus: true }),
        onError: (error) => fail(error),
      },
    );
  };
  return (
    <Section id="settings-title" title={t('registry.settings.title')}>
      <p>{t('registry.settings.intro')}</p>
      <form onSubmit={submit} noValidate className="form">
        <SectionFeedback
          feedback={feedback}
          fields={{
            levelsPresent: { id: 'settings-levels', label: t('registry.settings.levelsLegend') },
            ...Object.fromEntries(
              normFields.map((key) => [key, { id: `norm-${key}`, label: t(`registry.norms.${key}`) }]),
            ),
          }}
        />
        <ChoiceGroup
          id="settings-roles"
          legend={t('registry.settings.legend')}
          hint={t('registry.settings.hint')}
          type="checkbox"
          options={options}
          selected={roles}
          onChange={toggle(setRoles)}
        />
        <ChoiceGroup
          id="settings-training-roles"
          legend={t('registry.settings.trainingLegend')}
          hint={t('registry.settings.trainingHint')}
          type="checkbox"
          options={options}
          selected={trainingRoles}
          onChange={toggle(setTrainingRoles)}
        />
        <ChoiceGroup
          id="settings-levels"
          legend={t('registry.settings.levelsLegend')}
          hint={t('registry.settings.levelsHint')}
          type="checkbox"
          error={errors.levelsPresent}
          options={registryLevelKeys.map((k) => ({ value: k, label: terms.level(k) }))}
          selected={levelsPresent}
          onChange={toggle(setLevelsPresent)}
        />
        <fieldset className="fieldset">
          <legend>{t('registry.norms.legend')}</legend>
          <p className="hint">{t('registry.norms.own')}</p>
          {normFields.map((key) => (
            <NumberField
              key={key}
              id={`norm-${key}`}
              label={t(`registry.norms.${key}`)}
              value={norms[key]}
              error={errors[key] ?? errors[serverField(key)]}
              onChange={setNorm(key)}
            />
          ))}
        </fieldset>
        <Button type="submit" disabled={update.isPending}>
          {t('registry.settings.save')}
        </Button>
      </form>
    </Section>
  );
}
