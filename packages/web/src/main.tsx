import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app.tsx';
import { routes } from './app/routes.tsx';
import { initI18n } from './lib/i18n.ts';
import { nextTask } from './lib/next-task.ts';
import './styles/index.css';

/**
 * The start in steps, each its own task, so that a phone's slower processor never meets one long
 * task: the modules are read, then i18n starts (a reader who chose English waits for that
 * catalogue), then the router reads the address, then React renders the first view in slices (a
 * transition lets the browser breathe in between). The first view is in the HTML meanwhile.
 */
async function start(root: HTMLElement) {
  await nextTask();
  await initI18n();
  await nextTask();
  const router = createBrowserRouter(routes);
  await nextTask();
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App router={router} />
      </StrictMode>,
    );
  });
}

const root = document.getElementById('root');
if (root) void start(root);
