import { registryRoleKeys, signalKeys } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { RequireSignIn } from '../../../components/require-sign-in.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useSignals } from '../api/get-signals.ts';
import { type RegistrySettings, useRegistrySettings, useUpdateSettings } from '../api/settings.ts';
import { RegistryNav } from './register-page.tsx';
import { SignalList } from './signal-list.tsx';
import { registryPaths, useTerms } from './words.ts';

/** Everyone with something that needs attention, and the organisation's registration rule. */
export function SignalsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('registry.signals.title')}>{t('registry.signals.title')}</PageHeading>
      <RequireSignIn>
        {(session) => (session.membership ? <Signals orgId={session.membership.orgId} /> : null)}
      </RequireSignIn>
    </>
  );
}

function Signals({ orgId }: { orgId: string }) {
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
            <section aria-labelledby="signal-counts-title">
              <h2 id="signal-counts-title">{t('registry.signals.countsTitle')}</h2>
              <DataTable
                caption={t('registry.signals.countsTitle')}
                hideCaption
                scroll={false}
                columns={[
                  t('registry.signals.signal'),
                  { label: t('registry.signals.people'), className: 'table__number' },
                ]}
              >
                {signalKeys.map((key) => (
                  <tr key={key}>
                    <th scope="row">{t(`registry.signals.short.${key}`)}</th>
                    <td className="table__number">{data.counts[key]}</td>
                  </tr>
                ))}
              </DataTable>
            </section>
            <section aria-labelledby="signal-people-title">
              <h2 id="signal-people-title">{t('registry.signals.peopleTitle')}</h2>
              {data.people.length === 0 ? (
                <p>{t('registry.signals.nobody')}</p>
              ) : (
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
              )}
            </section>
          </>
        )}
      </QueryState>
      <QueryState query={settings}>
        {(current) => <SettingsForm orgId={orgId} settings={current} />}
      </QueryState>
    </>
  );
}

function SettingsForm({ orgId, settings }: { orgId: string; settings: RegistrySettings }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const update = useUpdateSettings();
  const [roles, setRoles] = useState(settings.rolesRequiringRegistration);
  const { feedback, setFeedback, fail } = useFormFeedback();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { orgId, version: settings.version, rolesRequiringRegistration: roles },
      {
        onSuccess: () => setFeedback({ kind: 'success', text: t('registry.settings.saved'), focus: true }),
        onError: (error) => fail(error),
      },
    );
  };
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('registry.settings.title')}</h2>
      <form onSubmit={submit} noValidate className="form">
        <SectionFeedback feedback={feedback} />
        <ChoiceGroup
          id="settings-roles"
          name="settings-roles"
          legend={t('registry.settings.legend')}
          hint={t('registry.settings.hint')}
          type="checkbox"
          options={registryRoleKeys.map((k) => ({ value: k, label: terms.role(k) }))}
          selected={roles}
          onChange={(value, checked) =>
            setRoles((r) => (checked ? [...r, value] : r.filter((v) => v !== value)))
          }
        />
        <Button type="submit" disabled={update.isPending}>
          {t('registry.settings.save')}
        </Button>
      </form>
    </section>
  );
}
