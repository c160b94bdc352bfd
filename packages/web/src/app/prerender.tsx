import { QueryClientProvider } from '@tanstack/react-query';
import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import nl from '../i18n/nl.json';
import { createQueryClient } from '../lib/query-client.ts';
import { routes } from './routes.tsx';

/**
 * The home page as it first shows, in Dutch, while the session is still being asked for: the
 * markup of home.html, which the server sends for `/` (build/prerender.ts). A phone shows the page
 * and its quick exit before any script has loaded; React then renders the same view afresh.
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
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/'] })} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}
