import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  injectFromOwnAddress,
  type SeededOrganisation,
  seedTestOrganisation,
  sessionFor,
  type TestApp,
} from '../../testing/index.ts';

describe('cross-site request protection', () => {
  let t: TestApp;
  let org: SeededOrganisation;
  beforeAll(async () => {
    t = await buildTestApp({ memory: true });
    org = await seedTestOrganisation(t);
  });
  afterAll(() => t.close());

  const addTeam = (headers: Record<string, string>) =>
    injectFromOwnAddress(t.app, {
      method: 'POST',
      url: `/api/organisations/${org.id}/teams`,
      payload: { name: 'Nachtdienst' },
      headers,
    });

  it('refuses a signed-in change without the session’s CSRF token, and stores nothing', async () => {
    const { cookie } = await sessionFor(t.app, org.members.coordinator.id);
    const res = await addTeam({ cookie });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('niet van deze website');
    const wrong = await addTeam({ cookie, 'x-csrf-token': 'guessed' });
    expect(wrong.statusCode).toBe(403);
    const organisation = await injectFromOwnAddress(t.app, {
      method: 'GET',
      url: `/api/organisations/${org.id}`,
      headers: { cookie },
    });
    expect(organisation.json().teams.map((team: { name: string }) => team.name)).not.toContain('Nachtdienst');
  });

  it('refuses a request a browser marks as cross-site, even with the token', async () => {
    const { cookie, csrfToken } = await sessionFor(t.app, org.members.coordinator.id);
    expect(
      (await addTeam({ cookie, 'x-csrf-token': csrfToken, 'sec-fetch-site': 'cross-site' })).statusCode,
    ).toBe(403);
    expect(
      (await addTeam({ cookie, 'x-csrf-token': csrfToken, origin: 'https://evil.example' })).statusCode,
    ).toBe(403);
  });

  it('accepts the same change from our own page', async () => {
    const { cookie, csrfToken } = await sessionFor(t.app, org.members.coordinator.id);
    const res = await addTeam({
      cookie,
      'x-csrf-token': csrfToken,
      'sec-fetch-site': 'same-origin',
      origin: 'http://localhost:3000',
    });
    expect(res.statusCode).toBe(201);
  });

  it('refuses a cross-site sign-in attempt (login CSRF)', async () => {
    const { email, password } = org.members.expert;
    const res = await injectFromOwnAddress(t.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(res.statusCode).toBe(403);
  });
});
