import { can, frameworkActivityKeys, registryPhaseKeys } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { RequireSignIn } from '../../../components/require-sign-in.tsx';
import { type Feedback, SectionFeedback } from '../../../components/section-feedback.tsx';
import { checkFields, toFormProblem } from '../../../lib/form-problem.ts';
import { type Activity, useActivities, useCreateActivity, useSaveReach } from '../api/activities.ts';
import { usePeople } from '../api/get-people.ts';
import { maySeeOverview } from './access.ts';
import { useTerms } from './words.ts';

/** The activities the organisation runs, their phases and leaders, and reach per quarter as counts. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('registry.activities.title')}>{t('registry.activities.title')}</PageHeading>
      <RequireSignIn allow={maySeeOverview}>
        {(session) =>
          session.membership ? (
            <Activities
              orgId={session.membership.orgId}
              manage={can(session.membership.role, 'activities.manage')}
            />
          ) : null
        }
      </RequireSignIn>
    </>
  );
}

function Activities({ orgId, manage }: { orgId: string; manage: boolean }) {
  const { t } = useTranslation();
  const activities = useActivities(orgId);
  return (
    <>
      <p className="lead">{t('registry.activities.intro')}</p>
      <QueryState query={activities}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('registry.activities.none')}</p>
          ) : (
            <ul className="card-list">
              {list.map((activity) => (
                <ActivityCard key={activity.id} orgId={orgId} activity={activity} manage={manage} />
              ))}
            </ul>
          )
        }
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
      {activity.reach.length === 0 ? (
        <p>{t('registry.activities.noReach')}</p>
      ) : (
        <table className="table">
          <caption>{t('registry.activities.reachCaption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registry.activities.quarter')}</th>
              <th scope="col" className="table__number">
                {t('registry.activities.participants')}
              </th>
              <th scope="col" className="table__number">
                {t('registry.activities.sessions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {activity.reach.map((r) => (
              <tr key={r.quarter}>
                <th scope="row">{r.quarter}</th>
                <td className="table__number">{r.participants}</td>
                <td className="table__number">{r.sessions ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {manage && <ReachForm orgId={orgId} activity={activity} name={name} />}
    </li>
  );
}

const currentQuarter = () => {
  const now = new Date();
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
};

function ReachForm({ orgId, activity, name }: { orgId: string; activity: Activity; name: string }) {
  const { t } = useTranslation();
  const save = useSaveReach();
  const [quarter, setQuarter] = useState(currentQuarter());
  const [participants, setParticipants] = useState('');
  const [sessions, setSessions] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const id = (n: string) => `reach-${activity.id}-${n}`;
  const errors = feedback?.kind === 'error' ? feedback.problem.fields : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const count = Number(participants);
    const problem = checkFields(
      {
        quarter: !/^\d{4}-Q[1-4]$/.test(quarter) && t('registry.activities.errors.quarter'),
        participants:
          (participants.trim() === '' || !Number.isInteger(count) || count < 0) &&
          t('registry.activities.errors.count'),
      },
      t('form.checkFields'),
    );
    if (problem) return setFeedback({ kind: 'error', problem });
    save.mutate(
      {
        orgId,
        activityId: activity.id,
        quarter,
        participants: count,
        sessions: sessions.trim() === '' ? null : Number(sessions),
      },
      {
        onSuccess: () =>
          setFeedback({ kind: 'success', text: t('registry.activities.reachSaved'), focus: true }),
        onError: (error) =>
          setFeedback({ kind: 'error', problem: toFormProblem(error, t('common.networkError')) }),
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
          participants: { id: id('participants'), label: t('registry.activities.participants') },
        }}
      />
      <TextField
        id={id('quarter')}
        label={t('registry.activities.quarter')}
        hint={t('registry.activities.quarterHint')}
        value={quarter}
        error={errors.quarter}
        onChange={(e) => setQuarter(e.target.value)}
        className="input--short"
      />
      <TextField
        id={id('participants')}
        label={t('registry.activities.participants')}
        hint={t('registry.activities.countsOnly')}
        inputMode="numeric"
        value={participants}
        error={errors.participants}
        onChange={(e) => setParticipants(e.target.value)}
        className="input--short"
      />
      <TextField
        id={id('sessions')}
        label={t('registry.activities.sessions')}
        inputMode="numeric"
        value={sessions}
        onChange={(e) => setSessions(e.target.value)}
        className="input--short"
      />
      <button type="submit" className="button button--secondary" disabled={save.isPending}>
        {t('registry.activities.saveReach')}
      </button>
    </form>
  );
}

function NewActivityForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const people = usePeople(orgId);
  const create = useCreateActivity();
  const [activityKey, setActivityKey] = useState('');
  const [name, setName] = useState('');
  const [phases, setPhases] = useState<string[]>([]);
  const [leaders, setLeaders] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const errors = feedback?.kind === 'error' ? feedback.problem.fields : {};
  const fields = {
    name: { id: 'activity-name', label: t('registry.activities.name') },
    phases: { id: 'activity-phases', label: t('registry.activities.phases') },
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = checkFields(
      {
        name: activityKey === '' && name.trim() === '' && t('registry.activities.errors.name'),
        phases: phases.length === 0 && t('registry.activities.errors.phases'),
      },
      t('form.checkFields'),
    );
    if (problem) return setFeedback({ kind: 'error', problem });
    create.mutate(
      {
        orgId,
        input: {
          activityKey: activityKey || null,
          name: name.trim() || null,
          phases,
          leaderPersonIds: leaders,
          startsOn: null,
          endsOn: null,
        },
      },
      {
        onSuccess: () => {
          setActivityKey('');
          setName('');
          setPhases([]);
          setLeaders([]);
          setFeedback({ kind: 'success', text: t('registry.activities.added'), focus: true });
        },
        onError: (error) =>
          setFeedback({ kind: 'error', problem: toFormProblem(error, t('common.networkError')) }),
      },
    );
  };
  return (
    <section aria-labelledby="new-activity-title">
      <h2 id="new-activity-title">{t('registry.activities.addTitle')}</h2>
      <form onSubmit={submit} noValidate className="form">
        <SectionFeedback feedback={feedback} fields={fields} />
        <SelectField
          id="activity-key"
          label={t('registry.activities.kind')}
          value={activityKey}
          onChange={(e) => setActivityKey(e.target.value)}
        >
          <option value="">{t('registry.activities.own')}</option>
          {frameworkActivityKeys.map((key) => (
            <option key={key} value={key}>
              {terms.activity(key)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="activity-name"
          label={t('registry.activities.name')}
          hint={t('registry.activities.nameHint')}
          value={name}
          error={errors.name}
          onChange={(e) => setName(e.target.value)}
        />
        <ChoiceGroup
          id="activity-phases"
          name="activity-phases"
          legend={t('registry.activities.phases')}
          type="checkbox"
          error={errors.phases}
          options={registryPhaseKeys.map((k) => ({ value: k, label: terms.phase(k) }))}
          selected={phases}
          onChange={(value, checked) =>
            setPhases((p) => (checked ? [...p, value] : p.filter((v) => v !== value)))
          }
        />
        {(people.data ?? []).length > 0 && (
          <ChoiceGroup
            id="activity-leaders"
            name="activity-leaders"
            legend={t('registry.activities.leaders')}
            type="checkbox"
            options={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            selected={leaders}
            onChange={(value, checked) =>
              setLeaders((l) => (checked ? [...l, value] : l.filter((v) => v !== value)))
            }
          />
        )}
        <button type="submit" className="button" disabled={create.isPending}>
          {t('registry.activities.add')}
        </button>
      </form>
    </section>
  );
}
