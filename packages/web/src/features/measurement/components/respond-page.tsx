import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useLinkToken } from '../../../lib/link-token.ts';
import { useQuestionnaire } from '../api/open-questionnaire.ts';
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
      <PageHeading title={t('respond.title')}>{t('respond.title')}</PageHeading>
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

function QuestionnaireLoader({ token }: { token: string }) {
  const { t } = useTranslation();
  // No session is read or sent for a questionnaire: it loads at once, for anyone with the link.
  const questionnaire = useQuestionnaire(token);
  const { error } = questionnaire;
  if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429) {
    // An unknown link, or a wave not open yet or closed: trying again now will not help.
    return (
      <div className="alert alert--error" role="alert">
        <p>{error.message}</p>
        <p>{t('respond.askAgain')}</p>
      </div>
    );
  }
  return (
    <QueryState query={questionnaire}>
      {(data) => <QuestionnaireFlow token={token} questionnaire={data} />}
    </QueryState>
  );
}
