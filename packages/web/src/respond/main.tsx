import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/index.css';
import { initRespondentI18n } from './i18n.ts';
import { RespondentApp } from './respondent-app.tsx';

/**
 * The questionnaire page (`/vragenlijst`, respond.html): a respondent on a phone downloads React,
 * i18n, this page and its texts in one language, not the staff app's router, query cache or
 * catalogues.
 */
void initRespondentI18n().then(() => {
  const root = document.getElementById('root');
  if (root) {
    // A transition: React renders the first view in slices and lets the browser breathe in
    // between, instead of one long task that a phone's slower processor would feel.
    startTransition(() => {
      createRoot(root).render(
        <StrictMode>
          <RespondentApp />
        </StrictMode>,
      );
    });
  }
});
