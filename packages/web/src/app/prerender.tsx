import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import nl from '../i18n/nl.json';
import { firstViewMarkup } from '../lib/first-view.tsx';
import { createQueryClient } from '../lib/query-client.ts';
import { routes } from './routes.tsx';

/**
 * The home page as it first shows, in Dutch, while the session is still being asked for: the
 * markup of home.html, which the server sends for `/` (build/prerender.ts). A phone shows the page
 * and its quick exit before any script has loaded; React then renders the same view afresh.
 */
export function prerender(): Promise<string> {
  return firstViewMarkup(
    nl,
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/'] })} />
    </QueryClientProvider>,
  );
}
