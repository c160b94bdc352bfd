import { type IntervisionMethod, intervisionMethods, intervisionMinutes } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { formatDay, today } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import type { Membership } from '../../../lib/session.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { usePeople } from '../../registry/api/get-people.ts';
import { type SessionInput, useScheduleSession, useSessions } from '../api/intervision.ts';

/** Intervisie and supervisie: the sessions, and scheduling a new one for a group from the registry. */
export function Sessions({ membership: { orgId } }: { membership: Membership }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sessions = useSessions(orgId);
  return (
    <>
      <p className="lead">{t('intervision.intro')}</p>
      <Section id="intervision-list-title" title={t('intervision.list.title')}>
        <QueryState query={sessions} none={t('intervision.list.none')}>
          {(list) => (
            <DataTable
              caption={t('intervision.list.title')}
              hideCaption
              columns={[
                t('intervision.list.day'),
                t('intervision.list.kind'),
                t('intervision.list.method'),
                t('intervision.list.participants'),
                t('intervision.list.state'),
              ]}
            >
              {list.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/organisatie/intervisie/${s.id}`}>{formatDay(s.heldOn, locale)}</Link>
                  </th>
                  <td>{t(`intervision.kinds.${s.kind}`)}</td>
                  <td>{t(`intervision.methods.${s.method}.name`)}</td>
                  <td>{s.participants}</td>
                  <td>{s.finishedAt ? t('intervision.list.finished') : t('intervision.list.planned')}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </QueryState>
      </Section>
      <ScheduleSession orgId={orgId} />
    </>
  );
}

function ScheduleSession({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const people = usePeople(orgId);
  const schedule = useScheduleSession();
  const { feedback, problem, check, fail, succeed } = useFormFeedback();
  const [draft, setDraft] = useState<SessionInput>({
    kind: 'intervision',
    setting: 'internal',
    heldOn: today(),
    method: 'incident',
    personIds: [],
  });
  const set = <K extends keyof SessionInput>(key: K, value: SessionInput[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (
      schedule.isPending ||
      !check({ personIds: draft.personIds.length < 2 && t('intervision.schedule.twoOrMore') })
    )
      return;
    schedule.mutateAsync({ orgId, ...draft }).then(() => {
      setDraft((d) => ({ ...d, personIds: [] }));
      succeed(t('intervision.schedule.done'));
    }, fail);
  };

  return (
    <Section id="intervision-schedule-title" title={t('intervision.schedule.title')}>
      <form onSubmit={onSubmit} noValidate>
        <SectionFeedback feedback={feedback} />
        <ChoiceGroup
          id="intervision-kind"
          legend={t('intervision.schedule.kind')}
          type="radio"
          inline
          options={(['intervision', 'supervision'] as const).map((k) => ({
            value: k,
            label: t(`intervision.kinds.${k}`),
          }))}
          selected={[draft.kind]}
          onChange={(value) => set('kind', value as SessionInput['kind'])}
        />
        <ChoiceGroup
          id="intervision-setting"
          legend={t('intervision.schedule.setting')}
          type="radio"
          inline
          options={(['internal', 'external'] as const).map((k) => ({
            value: k,
            label: t(`intervision.settings.${k}`),
          }))}
          selected={[draft.setting]}
          onChange={(value) => set('setting', value as SessionInput['setting'])}
        />
        <TextField
          id="intervision-day"
          label={t('intervision.schedule.day')}
          type="date"
          error={problem?.fields.heldOn}
          value={draft.heldOn}
          onChange={(e) => set('heldOn', e.target.value)}
        />
        <SelectField
          id="intervision-method"
          label={t('intervision.schedule.method')}
          hint={t(`intervision.methods.${draft.method}.about`)}
          value={draft.method}
          onChange={(e) => set('method', e.target.value as IntervisionMethod)}
        >
          {intervisionMethods.map((m) => (
            <option key={m} value={m}>
              {t('intervision.schedule.methodOption', {
                name: t(`intervision.methods.${m}.name`),
                minutes: intervisionMinutes(m),
              })}
            </option>
          ))}
        </SelectField>
        <QueryState query={people}>
          {(list) => (
            <ChoiceGroup
              id="personIds"
              name="intervision-people"
              legend={t('intervision.schedule.people')}
              type="checkbox"
              error={problem?.fields.personIds}
              options={list.map((p) => ({ value: p.id, label: p.name }))}
              selected={draft.personIds}
              onChange={(value, checked) =>
                set(
                  'personIds',
                  checked ? [...draft.personIds, value] : draft.personIds.filter((id) => id !== value),
                )
              }
            />
          )}
        </QueryState>
        <FormActions label={t('intervision.schedule.submit')} pending={schedule.isPending} />
      </form>
    </Section>
  );
}
