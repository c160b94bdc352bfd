import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { DataTable } from '../../../components/data-table.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { type Feedback, SectionFeedback } from '../../../components/section-feedback.tsx';
import { orgPath } from '../../../lib/org-path.ts';
import type { Membership } from '../../../lib/session.ts';
import { useFormMutation } from '../../../lib/use-form-mutation.ts';
import { useMembers } from '../../organisations/api/get-members.ts';
import { useOrganisation } from '../../organisations/api/get-organisation.ts';
import { usePeople } from '../api/get-people.ts';
import { useCreatePerson } from '../api/save-person.ts';
import { PersonForm } from './person-form.tsx';
import { type RemovedState, registryPaths, useTerms } from './words.ts';

/** The registry's pages, in the order of its navigation. */
const registryNav = ['list', 'signals', 'coverage', 'formation', 'import', 'activities'] as const;

export function RegistryNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('registry.nav.label')}>
      <ul className="inline-list">
        {registryNav.map((page) => (
          <li key={page}>
            <Link to={registryPaths[page]}>{t(`registry.nav.${page}`)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The registry: everyone with their roles, levels and signals; add a person; export; import. */
export function Register({ membership: { orgId } }: { membership: Membership }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const people = usePeople(orgId);
  const organisation = useOrganisation(orgId);
  const members = useMembers(orgId);
  const create = useCreatePerson();
  const navigate = useNavigate();
  const removed = (useLocation().state as RemovedState | null)?.removed;
  // Made once, so that the message takes focus once and not again on every render.
  const [removedNotice] = useState<Feedback>(() =>
    removed ? { kind: 'success', text: t('registry.person.removed', { name: removed }), focus: true } : null,
  );
  // Once shown, forgotten: a reload of the page does not say it again.
  useEffect(() => {
    if (removed) navigate('.', { replace: true, state: null });
  }, [removed, navigate]);
  const form = useFormMutation(create);
  return (
    <>
      <p className="lead">{t('registry.list.intro')}</p>
      <SectionFeedback feedback={removedNotice} />
      <RegistryNav />
      <Section id="people-title" title={t('registry.list.peopleTitle')}>
        <QueryState query={people} none={t('registry.list.none')}>
          {(list) => (
            <DataTable
              caption={t('registry.list.peopleTitle')}
              hideCaption
              columns={[
                t('registry.person.fields.name'),
                t('registry.person.fields.kind'),
                t('registry.person.fields.roles'),
                t('registry.person.fields.levels'),
                t('registry.person.fields.teamId'),
                t('registry.list.signals'),
              ]}
            >
              {list.map((person) => (
                <tr key={person.id}>
                  <th scope="row">
                    <Link to={registryPaths.person(person.id)}>{person.name}</Link>
                  </th>
                  <td>{t(`registry.kinds.${person.kind}`)}</td>
                  <td>{person.roles.map(terms.role).join(', ')}</td>
                  <td>{person.levels.map(terms.level).join(', ')}</td>
                  <td>{person.teamName ?? ''}</td>
                  <td>
                    {person.signals.length === 0
                      ? t('registry.list.noSignals')
                      : person.signals.map((s) => t(`registry.signals.short.${s.key}`)).join(', ')}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </QueryState>
      </Section>
      <Section id="export-title" title={t('registry.export.title')}>
        <p>{t('registry.export.intro')}</p>
        <ul>
          <li>
            <a href={`${orgPath(orgId, 'registry')}/export.xlsx`} download>
              {t('registry.export.xlsx')}
            </a>
          </li>
          <li>
            <a href={`${orgPath(orgId, 'registry')}/export.csv?what=people`} download>
              {t('registry.export.peopleCsv')}
            </a>
          </li>
          <li>
            <a href={`${orgPath(orgId, 'registry')}/export.csv?what=activities`} download>
              {t('registry.export.activitiesCsv')}
            </a>
          </li>
        </ul>
      </Section>
      <Section id="add-person-title" title={t('registry.list.addTitle')}>
        <QueryState query={organisation}>
          {(org) => (
            <PersonForm
              idPrefix="new-person"
              person={null}
              teams={org.teams}
              members={(members.data ?? []).map((m) => ({ id: m.id, name: m.name }))}
              submitLabel={t('registry.list.addButton')}
              form={form}
              onSubmit={(input) =>
                form.submit(
                  { orgId, input },
                  { onSuccess: (made) => navigate(registryPaths.person(made.id)) },
                )
              }
            />
          )}
        </QueryState>
      </Section>
    </>
  );
}
