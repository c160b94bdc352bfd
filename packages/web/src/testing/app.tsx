import type { OrgRole } from '@derde-bron/domain';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect, vi } from 'vitest';
import { routes } from '../app/routes.tsx';
import { createQueryClient } from '../lib/query-client.ts';
import type { SessionState } from '../lib/session.ts';

/** Page tests: a signed-in member of organisation o1 with a role, a fake API, the whole app. */
export const sessionFor = (role: OrgRole, teamId: string | null = null): SessionState => ({
  state: 'signedIn',
  csrfToken: 'csrf',
  user: {
    id: 'u1',
    email: 'a@example.org',
    name: 'A',
    isNetworkAdmin: false,
    hasTwoFactor: true,
    twoFactorRequired: false,
  },
  membership: { id: 'm1', orgId: 'o1', organisationName: 'Noord', role, teamId },
});

/** Bestuurder Noord, an org_admin who must (and does) use two-step verification. */
export const orgAdminUser = {
  id: 'u1',
  email: 'org.admin@noord.example.org',
  name: 'Bestuurder Noord',
  isNetworkAdmin: false,
  hasTwoFactor: true,
  twoFactorRequired: true,
};
/** Bestuurder Noord signed in, for the pages about her account and organisation. */
export const signedInOrgAdmin: SessionState = {
  ...sessionFor('org_admin'),
  csrfToken: 'csrf-1',
  user: orgAdminUser,
};

export const anonymous: SessionState = { state: 'anonymous', csrfToken: null, user: null, membership: null };

/** An answer; 'network-error' fails the request, 'never' leaves it waiting (a slow server). */
export type Reply = { status: number; body?: unknown } | 'network-error' | 'never';
/**
 * One request the page made: "METHOD path", the URL, the parsed body, the CSRF header sent and
 * whether cookies went along (`credentials`).
 */
export type Call = {
  key: string;
  url: URL;
  body: unknown;
  csrf: string | null;
  credentials: RequestCredentials | undefined;
};

/**
 * A tiny fake server: answers per "METHOD path" (or "METHOD path?query"), records every call. A
 * function answer gets the parsed body and can change its answer between calls.
 */
export function fakeServer(answers: Record<string, Reply | ((body: unknown, url: URL) => Reply)>) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (input, init) => {
      const url = new URL(String(input), 'http://localhost');
      const key = `${init?.method ?? 'GET'} ${url.pathname}`;
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      calls.push({
        key,
        url,
        body,
        csrf: new Headers(init?.headers).get('x-csrf-token'),
        credentials: init?.credentials,
      });
      const answer = answers[`${key}${url.search}`] ?? answers[key];
      const reply = typeof answer === 'function' ? answer(body, url) : answer;
      if (reply === 'network-error') throw new TypeError('Failed to fetch');
      if (reply === 'never') return new Promise<Response>(() => {});
      if (!reply) return new Response(JSON.stringify({ code: 'NOT_FOUND', message: key }), { status: 404 });
      return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
        status: reply.status,
      });
    }),
  );
  return calls;
}

/** Renders the whole app at `path` and waits until the page (loaded on first visit) shows its h1. */
export async function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  await waitFor(() => expect(document.querySelector('h1')).not.toBeNull());
  // Let the page's first effects run, as they would before a person could look.
  await act(async () => {});
  return router;
}
