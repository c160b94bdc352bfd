import nl from 'virtual:catalogue-part/nl';
import { RespondPageLoading } from '../features/measurement/components/respond-page.tsx';
import { firstViewMarkup } from '../lib/first-view.tsx';
import { RespondentFrame } from './respondent-app.tsx';

/**
 * The questionnaire page as it first shows, in Dutch, for respond.html (build/prerender.ts,
 * vite.config.ts): its frame, the quick exit (a plain link, which works without script) and
 * "loading". React replaces it with the same view when it starts.
 */
export function prerender(): Promise<string> {
  return firstViewMarkup(
    nl,
    <RespondentFrame>
      <RespondPageLoading />
    </RespondentFrame>,
  );
}
