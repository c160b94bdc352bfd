import { can, logKinds, logSettings } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { NumberField, TextField } from '../../../components/form-field.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { isConflict } from '../../../lib/conflict.ts';
import type { Membership } from '../../../lib/session.ts';
import { useFieldValues } from '../../../lib/use-field-values.ts';
import { useFormFeedback, useFormMutation } from '../../../lib/use-form-mutation.ts';
import { useMembers } from '../../organisations/api/get-members.ts';
import { useOrganisation } from '../../organisations/api/get-organisation.ts';
import { useMyPersonId } from '../api/get-me.ts';
import { type PersonDetail, usePerson } from '../api/get-person.ts';
import { useCreateLog, useDeleteLog } from '../api/save-log.ts';
import { useDeletePerson, useUpdatePerson } from '../api/save-person.ts';
import { PeriodHours } from './period-hours.tsx';
import { PersonForm } from './person-form.tsx';
import { SignalList } from './signal-list.tsx';
import { SignalMailsSection } from './signal-mails-section.tsx';
import { type RemovedState, registryPaths } from './words.ts';

/** One person: signals, the record (an expert edits their own), and the intervisie/supervisie log. */
export function Person({ membership }: { membership: Membership }) {
  const { personId = '' } = useParams();
  return <PersonView membership={membership} personId={personId} />;
}

/** An expert's own record, found through the link between their account and the registry. */
export function MyRecord({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const me = useMyPersonId(membership.orgId);
  return (
    <QueryState query={me}>
      {(personId) =>
        personId ? (
          <PersonView membership={membership} personId={personId} />
        ) : (
          <div className="notice">
            <p>{t('registry.person.notLinked')}</p>
          </div>
        )
      }
    </QueryState>
  );
}

function PersonView({ membership, personId }: { membership: Membership; personId: string }) {
  const { t } = useTranslation();
  const { orgId } = membership;
  const manages = can(membership.role, 'registry.manage');
  const detail = usePerson(orgId, personId);
  return (
    <>
      {manages && (
        <p>
          <Link to={registryPaths.list}>{t('registry.person.back')}</Link>
        </p>
      )}
      <QueryState query={detail}>
        {(data) => (
          <PersonSections
            orgId={orgId}
            data={data}
            manages={manages}
            own={data.person.membershipId === membership.id}
          />
        )}
      </QueryState>
    </>
  );
}

function PersonSections({
  orgId,
  data,
  manages,
  own,
}: {
  orgId: string;
  data: PersonDetail;
  manages: boolean;
  /** The record of the one viewing it: only she turns her signal mails on or off. */
  own: boolean;
}) {
  const { t } = useTranslation();
  const organisation = useOrganisation(orgId);
  const members = useMembers(orgId);
  const update = useUpdatePerson();
  const form = useFormMutation(update);
  const [formKey, setFormKey] = useState(0);
  const { person } = data;
  return (
    <>
      <h2 className="person-name">{person.name}</h2>
      <Section id="person-signals-title" title={t('registry.person.signalsTitle')}>
        <SignalList signals={data.signals} />
      </Section>
      {own && <SignalMailsSection key={person.id} orgId={orgId} person={person} />}
      <PeriodHours data={data} />
      <LogSection orgId={orgId} data={data} />
      <Section id="person-edit-title" title={t('registry.person.editTitle')}>
        <QueryState query={organisation}>
          {(org) => (
            <PersonForm
              key={`${person.id}-${formKey}`}
              idPrefix="person"
              person={person}
              teams={org.teams}
              members={manages ? (members.data ?? []).map((m) => ({ id: m.id, name: m.name })) : undefined}
              submitLabel={t('registry.person.save')}
              form={form}
              onSubmit={(input) =>
                form.submit(
                  { orgId, personId: person.id, input, version: person.version },
                  {
                    onSuccess: () => form.succeed(t('registry.person.saved')),
                    onError: (error) => {
                      // Someone else saved first: the form starts again from the saved record.
                      if (isConflict(error)) setFormKey((k) => k + 1);
                    },
                  },
                )
              }
            />
          )}
        </QueryState>
      </Section>
      {manages && <RemoveSection orgId={orgId} person={person} />}
    </>
  );
}

/** Taking a record out of the register, for a record made by mistake; someone who stopped gets an end date. */
function RemoveSection({ orgId, person }: { orgId: string; person: PersonDetail['person'] }) {
  const { t } = useTranslation();
  const remove = useDeletePerson();
  const navigate = useNavigate();
  const { feedback, fail } = useFormFeedback();
  return (
    <Section id="person-remove-title" title={t('registry.person.removeTitle')}>
      <p>{t('registry.person.removeIntro')}</p>
      <SectionFeedback feedback={feedback} />
      <ConfirmAction
        label={t('registry.person.remove')}
        question={t('registry.person.removeConfirm', { name: person.name })}
        yes={t('registry.person.removeYes')}
        onConfirm={(done) => {
          if (remove.isPending) return;
          remove.mutate(
            { orgId, personId: person.id },
            {
              onSuccess: () =>
                navigate(registryPaths.list, { state: { removed: person.name } satisfies RemovedState }),
              onError: (error) => {
                done();
                fail(error);
              },
            },
          );
        }}
      />
    </Section>
  );
}

function LogSection({ orgId, data }: { orgId: string; data: PersonDetail }) {
  const { t } = useTranslation();
  const remove = useDeleteLog();
  const form = useFormMutation(useCreateLog());
  const fields = {
    kind: { id: 'log-kind', label: t('registry.logs.kind') },
    heldOn: { id: 'log-heldOn', label: t('registry.logs.heldOn') },
    setting: { id: 'log-setting', label: t('registry.logs.setting') },
    title: { id: 'log-title', label: t('registry.logs.titleField') },
    hours: { id: 'log-hours', label: t('registry.logs.hours') },
  };
  const { values, set, setValues, bind } = useFieldValues(
    fields,
    { kind: 'supervision', heldOn: '', setting: 'internal', title: '', hours: '' },
    form.problem,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { kind, heldOn, setting, title, hours } = values;
    const parsedHours = hours.trim() === '' ? null : Number(hours.replace(',', '.'));
    const fine = form.check({
      heldOn: heldOn === '' && t('registry.logs.errors.dateMissing'),
      title: kind === 'training' && title.trim() === '' && t('registry.logs.errors.titleMissing'),
      hours:
        parsedHours !== null &&
        !(
          Number.isFinite(parsedHours) &&
          parsedHours > 0 &&
          parsedHours <= 24 &&
          Number.isInteger(parsedHours * 4)
        ) &&
        t('registry.logs.errors.hours'),
    });
    if (!fine) return;
    form.submit(
      {
        orgId,
        personId: data.person.id,
        input: {
          kind: kind as 'supervision',
          heldOn,
          setting: setting as 'internal',
          title: title.trim() || null,
          hours: parsedHours,
        },
      },
      {
        onSuccess: () => {
          setValues((current) => ({ ...current, heldOn: '', title: '', hours: '' }));
          form.succeed(t('registry.logs.saved'));
        },
      },
    );
  };
  return (
    <Section id="person-logs-title" title={t('registry.logs.title')}>
      <p>{t('registry.logs.intro')}</p>
      <OrNone items={data.logs} none={t('registry.logs.none')}>
        <DataTable
          caption={t('registry.logs.title')}
          hideCaption
          columns={columnsUnder(t, 'registry.logs', [
            'heldOn',
            'kind',
            'setting',
            'titleField',
            { figure: 'hours' },
            'actions',
          ])}
        >
          {data.logs.map((log) => (
            <tr key={log.id}>
              <td>{log.heldOn}</td>
              <td>{t(`registry.logs.kinds.${log.kind}`)}</td>
              <td>{t(`registry.logs.settings.${log.setting}`)}</td>
              <td>{log.title ?? ''}</td>
              <td className="table__number">{log.hours ?? ''}</td>
              <td>
                <Button
                  variant="secondary"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ orgId, personId: data.person.id, logId: log.id })}
                >
                  {t('registry.logs.delete', { date: log.heldOn })}
                </Button>
              </td>
            </tr>
          ))}
        </DataTable>
      </OrNone>
      <form onSubmit={submit} noValidate className="form">
        <h3>{t('registry.logs.addTitle')}</h3>
        <SectionFeedback feedback={form.feedback} fields={fields} />
        <ChoiceGroup
          id={fields.kind.id}
          name="log-kind"
          legend={fields.kind.label}
          type="radio"
          inline
          options={logKinds.map((k) => ({ value: k, label: t(`registry.logs.kinds.${k}`) }))}
          selected={[values.kind]}
          onChange={(kind) => set('kind', kind)}
        />
        <TextField {...bind('heldOn')} type="date" />
        <ChoiceGroup
          id={fields.setting.id}
          name="log-setting"
          legend={fields.setting.label}
          type="radio"
          inline
          options={logSettings.map((k) => ({ value: k, label: t(`registry.logs.settings.${k}`) }))}
          selected={[values.setting]}
          onChange={(setting) => set('setting', setting)}
        />
        <TextField {...bind('title')} hint={t('registry.logs.titleHint')} />
        <NumberField {...bind('hours')} hint={t('registry.logs.hoursHint')} decimal />
        <Button type="submit" disabled={form.pending}>
          {t('registry.logs.add')}
        </Button>
      </form>
    </Section>
  );
}
