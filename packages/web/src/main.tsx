import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { initI18n } from './lib/i18n.ts';
import './styles/index.css';

// Dutch is there at once; a reader who chose English waits for that catalogue before the first render.
void initI18n().then(() => {
  const root = document.getElementById('root');
  if (root) {
    // A transition: React renders the first view in slices and lets the browser breathe in
    // between, instead of one long task that a phone's slower processor would feel.
    startTransition(() => {
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
  }
});
