import nl from 'virtual:catalogue-part/nl';
import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { RespondPageLoading } from '../features/measurement/components/respond-page.tsx';
import { RespondentFrame } from './respondent-app.tsx';

/**
 * The questionnaire page as it first shows, in Dutch, for respond.html (build/prerender.ts, vite.config.ts): its
 * frame, the quick exit (a plain link, which works without script) and "loading". React replaces
 * it with the same view when it starts.
 */
export async function prerender(): Promise<string> {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    resources: { nl: { translation: nl } },
    lng: 'nl',
    interpolation: { escapeValue: false },
  });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <RespondentFrame>
        <RespondPageLoading />
      </RespondentFrame>
    </I18nextProvider>,
  );
}
