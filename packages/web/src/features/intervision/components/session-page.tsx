import { intervisionMinutes, intervisionSteps } from '@derde-bron/domain';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextAreaField, TextField } from '../../../components/form-field.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import type { Membership } from '../../../lib/session.ts';
import { useFieldValues } from '../../../lib/use-field-values.ts';
import { useFormMutation } from '../../../lib/use-form-mutation.ts';
import { type SessionDetail, useFinishSession, useSaveRecord, useSession } from '../api/intervision.ts';

/** One session on the shared screen: the method's steps with a timer, what the group keeps, finishing. */
export function Session({ membership: { orgId } }: { membership: Membership }) {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession(orgId, sessionId);
  return (
    <QueryState query={session}>
      {(data) => (
        <>
          <p className="lead">
            {t('intervision.session.summary', {
              kind: t(`intervision.kinds.${data.kind}`),
              day: formatDay(data.heldOn, locale),
              method: t(`intervision.methods.${data.method}.name`),
            })}
          </p>
          <p>
            {t('intervision.session.participants')}: {data.participants.map((p) => p.name).join(', ')}
          </p>
          {data.finishedAt ? (
            <div className="notice">
              <p>
                {t('intervision.session.finished', {
                  count: data.participants.length,
                  minutes: data.minutes ?? 0,
                })}
              </p>
            </div>
          ) : (
            <Steps data={data} />
          )}
          <Record orgId={orgId} data={data} />
          {!data.finishedAt && <Finish orgId={orgId} data={data} />}
        </>
      )}
    </QueryState>
  );
}

const clock = (seconds: number) =>
  `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * The steps one by one, each with its own timer. Nothing moves on by itself: the group starts and
 * pauses the timer and goes to the next step when it is ready; the step and "time is up" are
 * announced politely.
 */
function Steps({ data }: { data: SessionDetail }) {
  const { t } = useTranslation();
  const steps = intervisionSteps[data.method];
  const [index, setIndex] = useState(0);
  const [elapsed, setElapsed] = useState(0);
  const [running, setRunning] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const step = steps[index] ?? steps[0];
  const total = (step?.minutes ?? 0) * 60;
  const left = Math.max(0, total - elapsed);
  const stepName = (key: string) => t(`intervision.methods.${data.method}.steps.${key}`);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setElapsed((e) => e + 1), 1000);
    return () => clearInterval(timer);
  }, [running]);
  useEffect(() => {
    if (running && total > 0 && elapsed === total) {
      setRunning(false);
      setAnnouncement(t('intervision.steps.timeUp'));
    }
  }, [elapsed, total, running, t]);

  const goTo = (next: number) => {
    const target = steps[next];
    if (!target) return;
    setIndex(next);
    setElapsed(0);
    setRunning(false);
    setAnnouncement(
      t('intervision.steps.now', { number: next + 1, name: stepName(target.key), minutes: target.minutes }),
    );
  };

  return (
    <Section id="intervision-steps-title" title={t('intervision.steps.title')}>
      <ol className="intervision-steps">
        {steps.map((s, i) => (
          <li key={s.key} aria-current={i === index ? 'step' : undefined}>
            {i === index ? <strong>{stepName(s.key)}</strong> : stepName(s.key)} (
            {t('intervision.steps.minutes', { count: s.minutes })})
          </li>
        ))}
      </ol>
      <div className="card">
        <h3>
          {t('intervision.steps.current', {
            number: index + 1,
            total: steps.length,
            name: stepName(step?.key ?? ''),
          })}
        </h3>
        <p>{t(`intervision.methods.${data.method}.help.${step?.key ?? ''}`)}</p>
        <p className="intervision-timer">
          {t('intervision.steps.left')}: <span data-testid="intervision-timer">{clock(left)}</span>
        </p>
        <div className="button-row">
          <Button variant="primary" onClick={() => setRunning((r) => !r)} disabled={left === 0}>
            {running
              ? t('intervision.steps.pause')
              : elapsed > 0
                ? t('intervision.steps.resume')
                : t('intervision.steps.start')}
          </Button>
          <Button onClick={() => goTo(index - 1)} disabled={index === 0}>
            {t('intervision.steps.previous')}
          </Button>
          <Button onClick={() => goTo(index + 1)} disabled={index === steps.length - 1}>
            {t('intervision.steps.next')}
          </Button>
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </Section>
  );
}

function Record({ orgId, data }: { orgId: string; data: SessionDetail }) {
  const { t } = useTranslation();
  const form = useFormMutation(useSaveRecord());
  const fields = {
    themes: { id: 'themes', label: t('intervision.record.themes') },
    agreements: { id: 'agreements', label: t('intervision.record.agreements') },
  };
  const { values, bind } = useFieldValues(
    fields,
    { themes: data.themes, agreements: data.agreements },
    form.problem,
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.submit(
      { orgId, sessionId: data.id, ...values, version: data.version },
      { onSuccess: () => form.succeed(t('intervision.record.saved'), false) },
    );
  };
  return (
    <Section id="intervision-record-title" title={t('intervision.record.title')}>
      <div className="notice">
        <p>{t('intervision.record.noClients')}</p>
      </div>
      <form onSubmit={onSubmit} noValidate>
        <SectionFeedback feedback={form.feedback} fields={fields} />
        <TextAreaField {...bind('themes')} readOnly={!!data.finishedAt} />
        <TextAreaField {...bind('agreements')} readOnly={!!data.finishedAt} />
        {!data.finishedAt && <FormActions label={t('intervision.record.save')} pending={form.pending} />}
      </form>
    </Section>
  );
}

function Finish({ orgId, data }: { orgId: string; data: SessionDetail }) {
  const { t } = useTranslation();
  const form = useFormMutation(useFinishSession());
  const fields = { minutes: { id: 'minutes', label: t('intervision.finish.minutes') } };
  const { values, bind } = useFieldValues(
    fields,
    { minutes: String(intervisionMinutes(data.method)) },
    form.problem,
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const minutes = Number(values.minutes);
    const inRange = Number.isInteger(minutes) && minutes >= 15 && minutes <= 480;
    if (!form.check({ minutes: !inRange && t('intervision.finish.minutesRange') })) return;
    form.submit({ orgId, sessionId: data.id, minutes, version: data.version });
  };
  return (
    <Section id="intervision-finish-title" title={t('intervision.finish.title')}>
      <p>{t('intervision.finish.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <SectionFeedback feedback={form.feedback} fields={fields} />
        <TextField {...bind('minutes')} inputMode="numeric" />
        <FormActions label={t('intervision.finish.submit')} pending={form.pending} />
      </form>
    </Section>
  );
}
