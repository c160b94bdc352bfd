import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar } from '../../../components/bar.tsx';
import { ErrorSummary, type FieldRefs } from '../../../components/error-summary.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import type { FormProblem } from '../../../lib/form-problem.ts';
import { useLocalized } from '../../../lib/locale.ts';
import { useFocusWhen } from '../../../lib/use-focus.ts';
import type { Questionnaire } from '../api/open-questionnaire.ts';
import { type Answers, submitResponse } from '../api/submit-response.ts';
import { LeaveGuard } from './leave-guard.tsx';
import { Question, questionId } from './question.tsx';
import {
  buildScreens,
  createRandomizer,
  firstScreenWith,
  itemKeysInDetails,
  missingAnswers,
  type Screen,
  type SensitiveRandomizer,
  shorten,
  toSubmission,
} from './questionnaire.ts';
import { QuestionnaireIntro } from './questionnaire-intro.tsx';

type Page = { kind: 'intro' } | { kind: 'screen'; index: number } | { kind: 'done' };

/** Why sending did not work: a failure that another try may fix, or one it will not. */
type SendFailure = { message: string; canRetry: boolean } | null;

/**
 * The questionnaire, screen by screen: the intro, one scale per screen, then a thank-you once the
 * server has stored the answers. Answers live only in this component's state. The submission key
 * is made once, when the questionnaire opens, so that sending again after a failure can never
 * store the same answers twice.
 */
export function QuestionnaireFlow({ token, questionnaire }: { token: string; questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { instrument } = questionnaire;
  const screens = useMemo(() => buildScreens(instrument.scales, instrument.items), [instrument]);
  const [submissionKey] = useState(() => crypto.randomUUID());
  // Sensitive answers are randomized here, in the browser, before they are sent; the draws live
  // in memory only, like the answers, and go with them once the answers are stored.
  const randomizer = useRef<SensitiveRandomizer | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [page, setPage] = useState<Page>({ kind: 'intro' });
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [failure, setFailure] = useState<SendFailure>(null);
  // A new value on every move, so that the new screen's heading takes focus (not on first load).
  const [moves, setMoves] = useState(0);
  const [sending, setSending] = useState(false);

  const goTo = (next: Page) => {
    setPage(next);
    setMoves((count) => count + 1);
  };

  const setAnswer = (key: string, value: number | string | undefined) =>
    setAnswers((current) => {
      const next = { ...current };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });

  /** Checks a screen before leaving it forwards; the problem, if any, takes focus. */
  const check = (screen: Screen): boolean => {
    const missing = missingAnswers(screen, answers);
    if (missing.length === 0) {
      setProblem(null);
      return true;
    }
    setProblem({
      message: t('respond.errors.checkScreen'),
      fields: Object.fromEntries(missing.map((item) => [item.key, t('respond.errors.likertRequired')])),
    });
    return false;
  };

  const send = () => {
    if (sending) return;
    setSending(true);
    setFailure(null);
    randomizer.current ??= createRandomizer();
    const sent = toSubmission(instrument.items, answers, randomizer.current);
    submitResponse({ token, submissionKey, answers: sent }).then(
      () => {
        setSending(false);
        // Stored: nothing of the answers needs to stay in memory any longer.
        setAnswers({});
        randomizer.current = null;
        setProblem(null);
        goTo({ kind: 'done' });
      },
      (error: unknown) => {
        setSending(false);
        if (error instanceof ApiError && error.status === 400) {
          const keys = itemKeysInDetails(error.details, instrument.items);
          const index = firstScreenWith(screens, keys);
          if (index !== -1) {
            const byKey = new Map(instrument.items.map((item) => [item.key, item]));
            setProblem({
              message: error.message,
              fields: Object.fromEntries(
                keys.map((key) => [key, t(`respond.errors.server.${byKey.get(key)?.kind ?? 'likert'}`)]),
              ),
            });
            if (page.kind !== 'screen' || page.index !== index) goTo({ kind: 'screen', index });
            return;
          }
        }
        const retryable =
          !(error instanceof ApiError) || error.status === 0 || error.status === 429 || error.status >= 500;
        setFailure({
          message: error instanceof ApiError ? error.message : t('common.networkError'),
          canRetry: retryable,
        });
      },
    );
  };

  if (page.kind === 'done') return <ThankYou moves={moves} />;
  const leaveGuard = <LeaveGuard when={Object.keys(answers).length > 0} />;
  if (page.kind === 'intro') {
    return (
      <>
        {leaveGuard}
        <QuestionnaireIntro
          questionnaire={questionnaire}
          parts={screens.length}
          onStart={() => goTo({ kind: 'screen', index: 0 })}
        />
      </>
    );
  }

  const screen = screens[page.index];
  if (!screen) return null;
  const isLast = page.index === screens.length - 1;
  const fields: FieldRefs = Object.fromEntries(
    screen.items.map((item) => [item.key, { id: questionId(item), label: shorten(l(item.text)) }]),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!check(screen)) return;
    if (isLast) send();
    else goTo({ kind: 'screen', index: page.index + 1 });
  };

  const onBack = () => {
    setProblem(null);
    setFailure(null);
    goTo(page.index === 0 ? { kind: 'intro' } : { kind: 'screen', index: page.index - 1 });
  };

  return (
    <>
      {leaveGuard}
      <form className="questionnaire" noValidate onSubmit={onSubmit} aria-labelledby="screen-title">
        <div className="questionnaire__progress">
          <p className="questionnaire__part">
            {t('respond.part', { number: page.index + 1, count: screens.length })}
          </p>
          <Bar value={page.index + 1} max={screens.length} className="bar bar--progress" />
        </div>
        <ScreenHeading key={page.index} moves={moves} title={l(screen.scale.title)} />
        <ErrorSummary problem={problem} fields={fields} />
        {screen.items.map((item) => (
          <Question
            key={item.key}
            item={item}
            likertLabels={instrument.likertLabels}
            answer={answers[item.key]}
            error={problem?.fields[item.key]}
            onAnswer={(value) => setAnswer(item.key, value)}
          />
        ))}
        {failure && <SendFailureMessage failure={failure} onRetry={send} />}
        {sending && (
          <p className="status" role="status">
            {t('respond.sending')}
          </p>
        )}
        <div className="form__actions questionnaire__actions">
          <button type="button" className="button" onClick={onBack}>
            {t('respond.previous')}
          </button>
          {!(isLast && failure?.canRetry) && (
            <button type="submit" className="button button--primary">
              {isLast ? t('respond.send') : t('respond.next')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}

function ScreenHeading({ title, moves }: { title: string; moves: number }) {
  const ref = useFocusWhen<HTMLHeadingElement>(moves);
  return (
    <h2 id="screen-title" tabIndex={-1} ref={ref}>
      {title}
    </h2>
  );
}

function SendFailureMessage({
  failure,
  onRetry,
}: {
  failure: NonNullable<SendFailure>;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const ref = useFocusWhen<HTMLDivElement>(failure);
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} ref={ref}>
      <p className="alert__title">{t('respond.sendFailed')}</p>
      <p>{failure.message}</p>
      {failure.canRetry && (
        <>
          <p>{t('respond.answersKept')}</p>
          <button type="button" className="button button--primary" onClick={onRetry}>
            {t('respond.sendAgain')}
          </button>
        </>
      )}
    </div>
  );
}

function ThankYou({ moves }: { moves: number }) {
  const { t } = useTranslation();
  const ref = useFocusWhen<HTMLHeadingElement>(moves);
  return (
    <div className="alert alert--success" role="status">
      <h2 tabIndex={-1} ref={ref}>
        {t('respond.thanksTitle')}
      </h2>
      <p>{t('respond.thanks')}</p>
      <p>{t('respond.thanksResults')}</p>
    </div>
  );
}
