import { type LemniscatePhase, lemniscatePhases, type TopicAction } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextAreaField, TextField } from '../../../components/form-field.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { type Feedback, SectionFeedback } from '../../../components/section-feedback.tsx';
import { useLocalized } from '../../../lib/i18n.ts';
import { useBrowserForm } from '../../../lib/use-browser-form.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useCreatePolicyTopic } from '../api/create-policy-topic.ts';
import { type PolicyTopic, usePolicyTopics } from '../api/get-policy-topics.ts';
import { useUpdatePolicyTopic } from '../api/update-policy-topic.ts';
import { type RoadmapView, roadmapPage } from './roadmap-data.tsx';
import { roadmapPath } from './roadmap-page.tsx';

/**
 * Experiential knowledge in policy (step 2): per topic, Movisie's lemniscate of four phases. A topic
 * can only be closed once the people whose experience was used have heard back.
 */
function PolicyBoard({ orgId, canEdit, content }: RoadmapView) {
  const phases = content.lemniscate;
  const { t } = useTranslation();
  const l = useLocalized();
  const topics = usePolicyTopics(orgId);
  const [done, setDone] = useState<Feedback>(null);
  return (
    <>
      <p className="lead">{t('roadmap.policy.intro')}</p>
      <p>
        <Link to={roadmapPath}>{t('roadmap.step.back')}</Link>
      </p>

      <Section id="phases-title" title={t('roadmap.policy.phasesTitle')}>
        <p>{t('roadmap.policy.phasesIntro')}</p>
        <ol className="phase-list">
          {phases.map((phase) => (
            <li key={phase.key} className="card">
              <h3>
                <span className="item-list__number">{phase.number}.</span> {l(phase.title)}
              </h3>
              <p>{l(phase.text)}</p>
              <p className="phase-list__questions-title">{t('roadmap.policy.questions')}</p>
              <ul>
                {phase.questions.map((question) => (
                  <li key={question.nl}>{l(question)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="topics-title" title={t('roadmap.policy.topicsTitle')}>
        <SectionFeedback feedback={done} />
        <QueryState query={topics} none={t('roadmap.policy.none')}>
          {(list) => (
            <div className="topic-list">
              {list.map((topic) => (
                <TopicCard
                  // A new key for every saved version: the notes field starts afresh for the new phase.
                  key={`${topic.id}:${topic.version}`}
                  orgId={orgId}
                  topic={topic}
                  canEdit={canEdit}
                  phases={phases}
                  onDone={(text) => setDone({ kind: 'success', text, focus: false })}
                />
              ))}
            </div>
          )}
        </QueryState>
        {canEdit && <AddTopicForm orgId={orgId} />}
      </Section>
    </>
  );
}

function TopicCard({
  orgId,
  topic,
  canEdit,
  phases,
  onDone,
}: {
  orgId: string;
  topic: PolicyTopic;
  canEdit: boolean;
  phases: LemniscatePhase[];
  /** Says what happened, above the list: this card is replaced by the saved version. */
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const update = useUpdatePolicyTopic();
  const [notes, setNotes] = useState(topic.notes[topic.phase] ?? '');
  const { feedback, setFeedback, fail } = useFormFeedback();
  const closed = topic.closedAt !== null;
  const phaseByKey = new Map(phases.map((phase) => [phase.key, phase]));
  const current = phaseByKey.get(topic.phase);
  const titleOf = (key: string) => {
    const phase = phaseByKey.get(key as PolicyTopic['phase']);
    return phase ? l(phase.title) : key;
  };
  const phaseName = titleOf(topic.phase);
  const index = lemniscatePhases.indexOf(topic.phase);
  const titleId = `topic-${topic.id}-title`;
  const notesId = `topic-${topic.id}-notes`;

  const run = (action?: TopicAction) => {
    if (update.isPending) return;
    setFeedback(null);
    update
      .mutateAsync({
        orgId,
        topicId: topic.id,
        version: topic.version,
        ...(closed ? {} : { notes }),
        ...(action ? { action } : {}),
      })
      .then(
        (saved) => {
          const phase = titleOf(saved.phase);
          if (action === 'advance') onDone(t('roadmap.policy.advanced', { title: saved.title, phase }));
          else if (action === 'close') onDone(t('roadmap.policy.closedDone', { title: saved.title }));
          else if (action === 'newRound')
            onDone(t('roadmap.policy.newRoundDone', { title: saved.title, round: saved.round }));
          else onDone(t('roadmap.policy.notesSaved', { title: saved.title, phase }));
        },
        (error: Error) => fail(error),
      );
  };

  return (
    <Section id={titleId} title={topic.title} level={3} className="card topic">
      <p className="topic__state">
        {t('roadmap.policy.round', { round: topic.round })}
        {' · '}
        {closed
          ? t('roadmap.policy.closed')
          : t('roadmap.policy.phaseOf', {
              number: index + 1,
              total: lemniscatePhases.length,
              phase: phaseName,
            })}
      </p>
      <ol className="phase-steps">
        {lemniscatePhases.map((key, i) => {
          const done = closed || i < index;
          const now = !closed && i === index;
          return (
            <li
              key={key}
              className={
                done
                  ? 'phase-steps__step phase-steps__step--done'
                  : now
                    ? 'phase-steps__step phase-steps__step--now'
                    : 'phase-steps__step'
              }
              aria-current={now ? 'step' : undefined}
            >
              {titleOf(key)}{' '}
              <span className="phase-steps__marker">
                (
                {t(
                  done
                    ? 'roadmap.policy.stepDone'
                    : now
                      ? 'roadmap.policy.stepNow'
                      : 'roadmap.policy.stepLater',
                )}
                )
              </span>
            </li>
          );
        })}
      </ol>
      {lemniscatePhases.some(
        (key) => (topic.notes[key] ?? '').trim() && (key !== topic.phase || closed || !canEdit),
      ) && (
        <>
          <h4>{t('roadmap.policy.notesTitle')}</h4>
          <dl className="summary-list summary-list--compact">
            {lemniscatePhases
              .filter((key) => (topic.notes[key] ?? '').trim() && (key !== topic.phase || closed || !canEdit))
              .map((key) => (
                <div key={key} className="summary-list__row">
                  <dt>{titleOf(key)}</dt>
                  <dd className="preserve-lines">{topic.notes[key]}</dd>
                </div>
              ))}
          </dl>
        </>
      )}
      {canEdit && (
        <form
          className="form"
          noValidate
          onSubmit={(event: FormEvent<HTMLFormElement>) => {
            event.preventDefault();
            run(closed ? 'newRound' : undefined);
          }}
        >
          <SectionFeedback
            feedback={feedback}
            fields={{ notes: { id: notesId, label: t('roadmap.policy.notesLabel', { phase: phaseName }) } }}
          />
          {!closed && (
            <TextAreaField
              id={notesId}
              label={t('roadmap.policy.notesLabel', { phase: phaseName })}
              hint={current ? current.questions.map((question) => l(question)).join(' ') : undefined}
              value={notes}
              onChange={(event) => setNotes(event.target.value)}
              error={feedback?.kind === 'error' ? feedback.problem.fields.notes : undefined}
            />
          )}
          <div className="button-row">
            {!closed && (
              <Button type="submit">
                {t('roadmap.policy.saveNotes')}
                <span className="visually-hidden"> {topic.title}</span>
              </Button>
            )}
            {!closed && topic.phase !== 'evaluate' && (
              <Button variant="primary" onClick={() => run('advance')}>
                {t('roadmap.policy.advance')}
                <span className="visually-hidden"> {topic.title}</span>
              </Button>
            )}
            {!closed && topic.phase === 'evaluate' && (
              <Button variant="primary" onClick={() => run('close')}>
                {t('roadmap.policy.close')}
                <span className="visually-hidden"> {topic.title}</span>
              </Button>
            )}
            {closed && (
              <Button variant="primary" type="submit">
                {t('roadmap.policy.newRound')}
                <span className="visually-hidden"> {topic.title}</span>
              </Button>
            )}
          </div>
          {!closed && topic.phase === 'evaluate' && (
            <p className="field__hint">{t('roadmap.policy.closeHint')}</p>
          )}
        </form>
      )}
    </Section>
  );
}

function AddTopicForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const form = useBrowserForm(useCreatePolicyTopic(), {
    title: { id: 'new-topic-title', label: t('roadmap.policy.topicLabel') },
  });
  const onSubmit = form.onSubmit(({ title }, element) => {
    if (!form.check({ title: !title && t('roadmap.errors.topicRequired') })) return;
    form.submit(
      { orgId, title },
      {
        onSuccess: () => {
          element.reset();
          form.succeed(t('roadmap.policy.added', { title }), false);
        },
      },
    );
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="new-topic-form-title">
      <h3 id="new-topic-form-title">{t('roadmap.policy.formTitle')}</h3>
      <SectionFeedback feedback={form.feedback} fields={form.fields} />
      <TextField {...form.field('title')} hint={t('roadmap.policy.topicHint')} autoComplete="off" required />
      <FormActions label={t('roadmap.policy.add')} />
    </form>
  );
}

export const PolicyBoardPage = roadmapPage('roadmap.policy.title', PolicyBoard);
