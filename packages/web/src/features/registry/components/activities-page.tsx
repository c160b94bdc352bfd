import { can, quarterOptions, type ReachAudience, reachAudiences } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { NumberField, SelectField } from '../../../components/form-field.tsx';
import { Options } from '../../../components/options.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { checkFields } from '../../../lib/form-problem.ts';
import { parseDecimal, today } from '../../../lib/format.ts';
import type { Membership } from '../../../lib/session.ts';
import { useFormFeedback, useFormMutation } from '../../../lib/use-form-mutation.ts';
import {
  type Activity,
  useActivities,
  useCreateActivity,
  useDeleteActivity,
  useSaveReach,
  useUpdateActivity,
} from '../api/activities.ts';
import { usePeople } from '../api/get-people.ts';
import { ActivityForm } from './activity-form.tsx';
import { useTerms } from './words.ts';

/** The activities the organisation runs, their phases and leaders, and reach per quarter as counts. */
export function Activities({ membership: { orgId, role } }: { membership: Membership }) {
  const manage = can(role, 'activities.manage');
  const { t } = useTranslation();
  const activities = useActivities(orgId);
  return (
    <>
      <p className="lead">{t('registry.activities.intro')}</p>
      <QueryState query={activities} none={t('registry.activities.none')}>
        {(list) => (
          <ul className="card-list">
            {list.map((activity) => (
              <ActivityCard key={activity.id} orgId={orgId} activity={activity} manage={manage} />
            ))}
          </ul>
        )}
      </QueryState>
      {manage && <NewActivityForm orgId={orgId} />}
    </>
  );
}

function ActivityCard({ orgId, activity, manage }: { orgId: string; activity: Activity; manage: boolean }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const name = activity.name ?? (activity.activityKey ? terms.activity(activity.activityKey) : '');
  const headingId = `activity-${activity.id}`;
  return (
    <li aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <p>
        {t('registry.activities.phases')}: {activity.phases.map(terms.phase).join(', ')}
      </p>
      <p>
        {t('registry.activities.leaders')}:{' '}
        {activity.leaders.length === 0
          ? t('registry.activities.noLeaders')
          : activity.leaders.map((l) => l.name).join(', ')}
      </p>
      <OrNone items={activity.reach} none={t('registry.activities.noReach')}>
        <DataTable
          caption={t('registry.activities.reachCaption', { name })}
          scroll={false}
          columns={[
            t('registry.activities.quarter'),
            ...reachAudiences.map((audience) => ({
              label: t(`registry.activities.audiences.${audience}`),
              className: 'table__number',
            })),
            { label: t('registry.activities.participants'), className: 'table__number' },
            { label: t('registry.activities.sessions'), className: 'table__number' },
          ]}
        >
          {activity.reach.map((r) => (
            <tr key={r.quarter}>
              <th scope="row">{r.quarter}</th>
              {reachAudiences.map((audience) => (
                <td className="table__number" key={audience}>
                  {r[audience] ?? '—'}
                </td>
              ))}
              <td className="table__number">{r.participants}</td>
              <td className="table__number">{r.sessions ?? '—'}</td>
            </tr>
          ))}
        </DataTable>
      </OrNone>
      {manage && <ReachForm orgId={orgId} activity={activity} name={name} />}
      {manage && <EditActivity orgId={orgId} activity={activity} name={name} />}
    </li>
  );
}

function ReachForm({ orgId, activity, name }: { orgId: string; activity: Activity; name: string }) {
  const { t } = useTranslation();
  const save = useSaveReach();
  // This quarter and the three years before it, and any quarter already recorded.
  const options = [...new Set([...quarterOptions(today()), ...activity.reach.map((r) => r.quarter)])].sort(
    (a, b) => b.localeCompare(a),
  );
  const [quarter, setQuarter] = useState(options[0] ?? '');
  const [counts, setCounts] = useState<Record<ReachAudience, string>>({
    adults: '',
    children: '',
    partners: '',
    network: '',
  });
  const [sessions, setSessions] = useState('');
  const { feedback, setFeedback, fail } = useFormFeedback();
  const id = (n: string) => `reach-${activity.id}-${n}`;
  const errors = feedback?.kind === 'error' ? feedback.problem.fields : {};
  const notCount = (typed: string) => {
    const value = parseDecimal(typed);
    return value !== null && (!Number.isInteger(value) || value < 0);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = checkFields(
      {
        quarter: quarter === '' && t('registry.activities.errors.quarter'),
        ...Object.fromEntries(
          reachAudiences.map((audience) => [
            audience,
            notCount(counts[audience]) && t('registry.activities.errors.count'),
          ]),
        ),
        sessions: notCount(sessions) && t('registry.activities.errors.count'),
      },
      t('form.checkFields'),
    );
    if (problem) return setFeedback({ kind: 'error', problem });
    save.mutate(
      {
        orgId,
        activityId: activity.id,
        quarter,
        // An empty field is nobody of that audience.
        ...(Object.fromEntries(
          reachAudiences.map((audience) => [audience, parseDecimal(counts[audience]) ?? 0]),
        ) as Record<ReachAudience, number>),
        sessions: parseDecimal(sessions),
      },
      {
        onSuccess: () =>
          setFeedback({ kind: 'success', text: t('registry.activities.reachSaved'), focus: true }),
        onError: (error) => fail(error),
      },
    );
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="form"
      aria-label={t('registry.activities.reachFormLabel', { name })}
    >
      <SectionFeedback
        feedback={feedback}
        fields={{
          quarter: { id: id('quarter'), label: t('registry.activities.quarter') },
          ...Object.fromEntries(
            reachAudiences.map((audience) => [
              audience,
              { id: id(audience), label: t(`registry.activities.audiences.${audience}`) },
            ]),
          ),
          sessions: { id: id('sessions'), label: t('registry.activities.sessions') },
        }}
      />
      <SelectField
        id={id('quarter')}
        label={t('registry.activities.quarter')}
        value={quarter}
        error={errors.quarter}
        onChange={(e) => setQuarter(e.target.value)}
      >
        <Options values={options} label={(option) => option} />
      </SelectField>
      <fieldset className="fieldset plan-line">
        <legend>{t('registry.activities.reachLegend')}</legend>
        <p className="hint">{t('registry.activities.countsOnly')}</p>
        {reachAudiences.map((audience) => (
          <NumberField
            key={audience}
            id={id(audience)}
            label={t(`registry.activities.audiences.${audience}`)}
            value={counts[audience]}
            error={errors[audience]}
            onChange={(e) => setCounts((c) => ({ ...c, [audience]: e.target.value }))}
          />
        ))}
      </fieldset>
      <NumberField
        id={id('sessions')}
        label={t('registry.activities.sessions')}
        value={sessions}
        error={errors.sessions}
        onChange={(e) => setSessions(e.target.value)}
      />
      <Button variant="secondary" type="submit" disabled={save.isPending}>
        {t('registry.activities.saveReach')}
      </Button>
    </form>
  );
}

function NewActivityForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const people = usePeople(orgId);
  const create = useCreateActivity();
  const form = useFormMutation(create);
  // A new key empties the form after an activity was added.
  const [formKey, setFormKey] = useState(0);
  return (
    <Section id="new-activity-title" title={t('registry.activities.addTitle')}>
      <ActivityForm
        key={formKey}
        idPrefix="activity"
        people={people.data ?? []}
        submitLabel={t('registry.activities.add')}
        form={form}
        onSubmit={(input) =>
          form.submit(
            { orgId, input },
            {
              onSuccess: () => {
                setFormKey((k) => k + 1);
                form.succeed(t('registry.activities.added'));
              },
            },
          )
        }
      />
    </Section>
  );
}

/** Changing an activity (a stale save shows the current one) or taking it away, with its reach. */
function EditActivity({ orgId, activity, name }: { orgId: string; activity: Activity; name: string }) {
  const { t } = useTranslation();
  const people = usePeople(orgId);
  const update = useUpdateActivity();
  const remove = useDeleteActivity();
  const form = useFormMutation(update);
  return (
    <details className="details">
      <summary>
        {t('registry.activities.change')}
        <span className="visually-hidden"> {name}</span>
      </summary>
      <ActivityForm
        // The saved version starts the form afresh, also after someone else's change (409).
        key={activity.version}
        idPrefix={`activity-${activity.id}`}
        activity={activity}
        people={people.data ?? []}
        submitLabel={t('registry.activities.save')}
        form={form}
        onSubmit={(input) =>
          form.submit(
            { orgId, activityId: activity.id, input, version: activity.version },
            { onSuccess: () => form.succeed(t('registry.activities.saved')) },
          )
        }
      />
      <ConfirmAction
        label={
          <>
            {t('registry.activities.remove')}
            <span className="visually-hidden"> {name}</span>
          </>
        }
        question={t('registry.activities.removeConfirm', { name })}
        yes={t('registry.activities.removeYes')}
        onConfirm={(done) =>
          remove.mutate(
            { orgId, activityId: activity.id },
            {
              onError: (error) => {
                done();
                form.fail(error);
              },
            },
          )
        }
      />
    </details>
  );
}
