import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { nextTask } from '../lib/next-task.ts';
import '../styles/index.css';
import { initRespondentI18n } from './i18n.ts';
import { RespondentApp } from './respondent-app.tsx';

/**
 * The questionnaire page (`/vragenlijst`, respond.html): a respondent on a phone downloads React,
 * i18n, this page and its texts in one language, not the staff app's router, query cache or
 * catalogues.
 */
async function start(root: HTMLElement) {
  await initRespondentI18n();
  // Its own task, after the modules were read: no long task on a phone (lib/next-task.ts).
  await nextTask();
  // A transition: React renders the first view in slices and lets the browser breathe in between.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <RespondentApp />
      </StrictMode>,
    );
  });
}

const root = document.getElementById('root');
if (root) void start(root);
