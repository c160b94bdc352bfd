import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { sendJson } from './api-client.ts';
import {
  anonymousSession,
  homePathFor,
  replaceSession,
  type SessionState,
  sessionQueryKey,
} from './session.ts';

const user = {
  id: 'u1',
  email: 'a@example.org',
  name: 'A',
  isNetworkAdmin: false,
  hasTwoFactor: false,
  twoFactorRequired: false,
};
const signedIn: SessionState = {
  state: 'signedIn',
  csrfToken: 'new-token',
  user,
  membership: { id: 'm1', orgId: 'o1', organisationName: 'Opvang', role: 'coordinator', teamId: null },
};

describe('session', () => {
  it('drops every other cached answer when the session changes, and keeps the new session', async () => {
    const client = new QueryClient();
    client.setQueryData(sessionQueryKey, signedIn);
    client.setQueryData(['organisations', 'o1', 'members'], [{ name: 'Someone' }]);
    client.setQueryData(['framework', 'current'], { version: 1 });
    replaceSession(client, anonymousSession);
    expect(client.getQueryData(['organisations', 'o1', 'members'])).toBeUndefined();
    expect(client.getQueryData(['framework', 'current'])).toBeUndefined();
    expect(client.getQueryData(sessionQueryKey)).toEqual(anonymousSession);
  });

  it('uses the new session’s CSRF token for the next request', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    replaceSession(new QueryClient(), signedIn);
    await sendJson('POST', '/api/x');
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('x-csrf-token')).toBe('new-token');
  });

  it('sends people to the start page that fits them', () => {
    expect(homePathFor(signedIn)).toBe('/organisatie/start');
    expect(homePathFor({ ...signedIn, membership: null, user: { ...user, isNetworkAdmin: true } })).toBe(
      '/netwerk',
    );
    expect(homePathFor({ ...signedIn, membership: null })).toBe('/account');
    expect(homePathFor({ ...signedIn, state: 'needsTwoFactorSetup' })).toBe('/tweestapsverificatie');
    expect(homePathFor(anonymousSession)).toBe('/inloggen');
  });
});
