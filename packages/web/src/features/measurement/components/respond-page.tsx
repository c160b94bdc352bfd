import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useLinkToken } from '../../../lib/link-token.ts';
import { openQuestionnaire, type Questionnaire } from '../api/open-questionnaire.ts';
import { QuestionnaireFlow } from './questionnaire-flow.tsx';

/**
 * The respondent's page (`/vragenlijst#<token>`), for anyone with the link and no account. The
 * token is taken from the address and removed from it at once; answers stay in this page's memory
 * only, and nothing is written to browser storage. The title stays neutral on every screen.
 */
export function RespondPage() {
  const { t } = useTranslation();
  const link = useLinkToken();
  return (
    <>
      <PageHeading title={t('respond.title')} />
      {link?.valid ? (
        // A new link starts afresh: nothing of the last questionnaire's answers goes along.
        <QuestionnaireLoader key={link.token} token={link.token} />
      ) : (
        <div className="notice">
          <p>{t('respond.noToken')}</p>
        </div>
      )}
    </>
  );
}

/**
 * What the page shows while the questionnaire loads. Built into respond.html as well
 * (src/respond/prerender.tsx), so that a phone shows it, and the quick exit, before any script runs.
 */
export function RespondPageLoading() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('respond.title')} />
      <Loading />
    </>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="status" role="status">
      {t('common.loading')}
    </p>
  );
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'open'; questionnaire: Questionnaire }
  | { kind: 'failed'; error: unknown };

function QuestionnaireLoader({ token }: { token: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    // `attempt` starts a new try (the retry button); the answer of an older one is ignored. No
    // session is read or sent for a questionnaire: it loads at once, for anyone with the link.
    void attempt;
    openQuestionnaire(token).then(
      // A transition, so that rendering the questionnaire is sliced into short tasks.
      (questionnaire) => current && startTransition(() => setState({ kind: 'open', questionnaire })),
      (error: unknown) => current && setState({ kind: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [token, attempt]);

  if (state.kind === 'open') return <QuestionnaireFlow token={token} questionnaire={state.questionnaire} />;
  if (state.kind === 'loading') return <Loading />;
  const { error } = state;
  if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429) {
    // An unknown link, a full group, or a wave not open yet or closed: trying again will not help.
    return (
      <div className="alert alert--error" role="alert">
        <p>{error.message}</p>
        <p>{t('respond.askAgain')}</p>
      </div>
    );
  }
  return (
    <div className="alert alert--error" role="alert">
      <p>
        <strong>{t('common.errorTitle')}</strong>
      </p>
      <p>{error instanceof Error ? error.message : t('common.networkError')}</p>
      <Button
        onClick={() => {
          setState({ kind: 'loading' });
          setAttempt((count) => count + 1);
        }}
      >
        {t('common.retry')}
      </Button>
    </div>
  );
}
