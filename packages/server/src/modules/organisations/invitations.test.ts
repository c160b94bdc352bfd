import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../mail/mailer.ts';
import {
  buildTestAppWithOrganisation,
  injectAs,
  injectFromOwnAddress,
  type SeededOrganisation,
  seedTestOrganisation,
  sessionCookieFrom,
  sessionFor,
  sessionRequest,
  startSmtpServer,
  type TestApp,
  type TestSmtpServer,
  testDatabases,
} from '../../testing/index.ts';
import { invitations } from './table.ts';

const tokenIn = (text: string) => text.match(/uitnodiging#([A-Za-z0-9_-]{43})/)?.[1] ?? '';

describe.each(testDatabases)('invitations on $name', ({ target }) => {
  let t: TestApp;
  let org: SeededOrganisation;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    const mailer = createMailer({
      smtpUrl: smtp.url,
      from: 'Derde Bron <test@derde-bron.invalid>',
      outboxDir: '/nonexistent',
      log: { info: () => {} } as never,
    });
    ({ t, org } = await buildTestAppWithOrganisation(target, { mailer }));
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  async function invite(body: Record<string, unknown>) {
    const admin = await sessionFor(t.app, org.members.org_admin.id);
    return injectAs(t.app, admin, {
      method: 'POST',
      url: `/api/organisations/${org.id}/invitations`,
      payload: body,
    });
  }

  it('sends an invitation over SMTP whose link makes an account that is signed in with its role', async () => {
    const email = `nieuw.${Date.now()}@test.example.org`;
    const res = await invite({ email, role: 'coordinator' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email, role: 'coordinator', mail: 'queued' });
    const mail = smtp.messages().find((message) => message.includes(email));
    expect(mail?.replace(/=\r?\n/g, '')).toContain('Je bent uitgenodigd voor Derde Bron door');
    const token = tokenIn(mail?.replace(/=\r?\n/g, '') ?? '');
    expect(token).toHaveLength(43);

    const lookup = await injectFromOwnAddress(t.app, {
      method: 'POST',
      url: '/api/invitations/lookup',
      payload: { token },
    });
    expect(lookup.json()).toEqual({
      organisationName: org.name,
      email,
      role: 'coordinator',
      hasAccount: false,
    });

    const accepted = await injectFromOwnAddress(t.app, {
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, name: 'Nieuwe Collega', password: 'een goede lange zin om te onthouden' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      state: 'signedIn',
      membership: { orgId: org.id, role: 'coordinator' },
    });
    const session = await sessionRequest(t.app, sessionCookieFrom(accepted));
    expect(session.json().user.name).toBe('Nieuwe Collega');

    const again = await injectFromOwnAddress(t.app, {
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, name: 'Iemand Anders', password: 'een andere goede lange zin' },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().message).toContain('werkt niet meer');
  });

  it('makes an invited org_admin set up two-step verification first', async () => {
    const email = `bestuur.${Date.now()}@test.example.org`;
    await invite({ email, role: 'org_admin' });
    const token = tokenIn(
      (smtp.messages().find((message) => message.includes(email)) ?? '').replace(/=\r?\n/g, ''),
    );
    const accepted = await injectFromOwnAddress(t.app, {
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, name: 'Nieuwe Bestuurder', password: 'een goede lange zin om te onthouden' },
    });
    expect(accepted.json()).toMatchObject({ state: 'needsTwoFactorSetup', membership: null });
  });

  it('refuses an expired invitation and stores no account', async () => {
    const email = `laat.${Date.now()}@test.example.org`;
    const created = await invite({ email, role: 'expert' });
    await t.database.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, created.json().id));
    const token = tokenIn(
      (smtp.messages().find((message) => message.includes(email)) ?? '').replace(/=\r?\n/g, ''),
    );
    const res = await injectFromOwnAddress(t.app, {
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, name: 'Te Laat', password: 'een goede lange zin om te onthouden' },
    });
    expect(res.statusCode).toBe(400);
    const lookup = await injectFromOwnAddress(t.app, {
      method: 'POST',
      url: '/api/invitations/lookup',
      payload: { token },
    });
    expect(lookup.statusCode).toBe(400);
  });

  it.each([
    ['a malformed address', { email: 'geen-adres', role: 'expert' }],
    ['an unknown role', { email: 'a@test.example.org', role: 'owner' }],
    ['a team manager without a team', { email: 'a@test.example.org', role: 'team_manager' }],
    [
      'a name field that is not allowed',
      { email: 'a@test.example.org', role: 'expert', teamId: 'not-a-uuid' },
    ],
  ])('refuses %s with 400', async (_case, body) => {
    const before = smtp.messages().length;
    const res = await invite(body);
    expect(res.statusCode).toBe(400);
    expect(smtp.messages().length).toBe(before);
  });

  it('refuses a team of another organisation', async () => {
    const other = await seedTestOrganisation(t, 'Ander');
    const res = await invite({ email: 'a@test.example.org', role: 'team_manager', teamId: other.teams.a.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('Dit team hoort niet bij deze organisatie.');
  });

  it('refuses to invite someone who already belongs to an organisation', async () => {
    const res = await invite({ email: org.members.expert.email, role: 'coordinator' });
    expect(res.statusCode).toBe(409);
  });

  it('refuses a weak password when accepting, and the invitation stays open', async () => {
    const email = `zwak.${Date.now()}@test.example.org`;
    await invite({ email, role: 'expert' });
    const token = tokenIn(
      (smtp.messages().find((message) => message.includes(email)) ?? '').replace(/=\r?\n/g, ''),
    );
    const weak = await injectFromOwnAddress(t.app, {
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, name: 'Zwak', password: 'welkom123456' },
    });
    expect(weak.statusCode).toBe(400);
    const lookup = await injectFromOwnAddress(t.app, {
      method: 'POST',
      url: '/api/invitations/lookup',
      payload: { token },
    });
    expect(lookup.statusCode).toBe(200);
  });
});
