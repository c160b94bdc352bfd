import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  injectFromOwnAddress,
  randomClientAddress,
  seedNetworkAdmin,
  seedTestOrganisation,
  sessionCookieFrom,
  signInRequest,
  type TestSession,
  testDatabases,
  totpCode,
} from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';
import { sessions, users } from './table.ts';

describe.each(testDatabases)('signing in on $name', ({ target }) => {
  const s = organisationSuite(target);
  /** The organisation's page data, asked for with only a session cookie. */
  const readOrganisation = (cookie: string) =>
    injectFromOwnAddress(s.t.app, {
      method: 'GET',
      url: `/api/organisations/${s.org.id}`,
      headers: { cookie },
    });

  const signIn = (email: string, password: string, session?: TestSession) =>
    signInRequest(s.t.app, email, password, session);

  it('signs a coordinator in at once, with a strict, host-only, HttpOnly session cookie', async () => {
    const { email, password } = s.org.members.coordinator;
    const res = await signIn(email.toUpperCase(), password);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'signedIn',
      membership: { orgId: s.org.id, role: 'coordinator' },
    });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-derde_bron_session=/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('SameSite=Strict');
    const session = await s.sessionRequest(sessionCookieFrom(res));
    expect(session.json().user.email).toBe(email);
  });

  it('answers a wrong password and an unknown address in the same way', async () => {
    const wrong = await signIn(s.org.members.expert.email, 'not the right password at all');
    const unknown = await signIn('nobody-here@test.example.org', 'not the right password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().message).toBe('Het e-mailadres of het wachtwoord klopt niet.');
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('gives a new session id at sign-in and ends the one the browser had', async () => {
    const { email, password } = s.org.members.team_manager;
    const firstResponse = await signIn(email, password);
    const first = sessionCookieFrom(firstResponse);
    const firstSession = await s.sessionRequest(first);
    const second = await signIn(email, password, {
      cookie: first,
      csrfToken: firstResponse.json().csrfToken,
    });
    expect(second.json()).toMatchObject({ state: 'signedIn' });
    const secondCookie = sessionCookieFrom(second);
    expect(secondCookie).not.toBe(first);
    const old = await s.sessionRequest(first);
    expect(old.json().state).toBe('anonymous');
    expect(firstSession.json().state).toBe('signedIn');
  });

  it('asks an org_admin for the second factor before anything else, and rotates the session after it', async () => {
    const admin = s.org.members.org_admin;
    const first = await signIn(admin.email, admin.password);
    expect(first.json()).toMatchObject({ state: 'needsTwoFactor', membership: null });
    const pending = sessionCookieFrom(first);
    const csrfToken = first.json().csrfToken;
    const blocked = await readOrganisation(pending);
    expect(blocked.statusCode).toBe(401);

    const wrongCode = await injectFromOwnAddress(s.t.app, {
      method: 'POST',
      url: '/api/auth/two-factor/verify',
      payload: { code: '000000' },
      headers: { cookie: pending, 'x-csrf-token': csrfToken },
    });
    expect(wrongCode.statusCode).toBe(401);

    const verified = await injectFromOwnAddress(s.t.app, {
      method: 'POST',
      url: '/api/auth/two-factor/verify',
      payload: { code: await totpCode(admin.totpSecret ?? '') },
      headers: { cookie: pending, 'x-csrf-token': csrfToken },
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ state: 'signedIn', membership: { role: 'org_admin' } });
    const full = sessionCookieFrom(verified);
    expect(full).not.toBe(pending);
    const allowed = await readOrganisation(full);
    expect(allowed.statusCode).toBe(200);
  });

  it('refuses a code that was used already', async () => {
    const admin = s.org.members.org_admin;
    const code = await totpCode(admin.totpSecret ?? '', 1);
    const attempt = async () => {
      const first = await signIn(admin.email, admin.password);
      return injectFromOwnAddress(s.t.app, {
        method: 'POST',
        url: '/api/auth/two-factor/verify',
        payload: { code },
        headers: { cookie: sessionCookieFrom(first), 'x-csrf-token': first.json().csrfToken },
      });
    };
    expect((await attempt()).statusCode).toBe(200);
    const replay = await attempt();
    expect(replay.statusCode).toBe(401);
    expect(replay.json().message).toContain('al gebruikt');
  });

  it('makes a network admin without two-step verification set it up, then hands out ten recovery codes once', async () => {
    const admin = await seedNetworkAdmin(s.t);
    await s.t.database.db
      .update(users)
      .set({ totpEnabledAt: null, totpSecret: null })
      .where(eq(users.id, admin.id));
    const first = await signIn(admin.email, admin.password);
    expect(first.json().state).toBe('needsTwoFactorSetup');
    const headers = { cookie: sessionCookieFrom(first), 'x-csrf-token': first.json().csrfToken };
    const setup = await injectFromOwnAddress(s.t.app, {
      method: 'POST',
      url: '/api/auth/two-factor/setup',
      headers,
    });
    expect(setup.statusCode).toBe(200);
    const { secret, uri, qrCode } = setup.json();
    expect(uri).toContain('otpauth://totp/');
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const [stored] = await s.t.database.db.select().from(users).where(eq(users.id, admin.id));
    expect(stored?.totpSecret).not.toContain(secret);

    const enabled = await injectFromOwnAddress(s.t.app, {
      method: 'POST',
      url: '/api/auth/two-factor/enable',
      payload: { code: await totpCode(secret) },
      headers,
    });
    expect(enabled.statusCode).toBe(200);
    const { recoveryCodes, session } = enabled.json();
    expect(recoveryCodes).toHaveLength(10);
    expect(session.state).toBe('signedIn');

    // A recovery code works once, instead of the app.
    const again = await signIn(admin.email, admin.password);
    const useCode = (code: string) =>
      injectFromOwnAddress(s.t.app, {
        method: 'POST',
        url: '/api/auth/two-factor/recovery',
        payload: { code },
        headers: { cookie: sessionCookieFrom(again), 'x-csrf-token': again.json().csrfToken },
      });
    expect((await useCode(recoveryCodes[0])).json().state).toBe('signedIn');
    const third = await signIn(admin.email, admin.password);
    const reused = await injectFromOwnAddress(s.t.app, {
      method: 'POST',
      url: '/api/auth/two-factor/recovery',
      payload: { code: recoveryCodes[0] },
      headers: { cookie: sessionCookieFrom(third), 'x-csrf-token': third.json().csrfToken },
    });
    expect(reused.statusCode).toBe(401);
  });

  it('makes repeated failures from one client wait longer, with Retry-After, even with the right password', async () => {
    const seeded = await seedTestOrganisation(s.t, 'Backoff');
    const { email, password } = seeded.members.expert;
    const ip = randomClientAddress();
    const fromOneClient = (pw: string) =>
      s.t.app.inject({
        remoteAddress: ip,
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: pw },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await fromOneClient(`wrong password number ${i}`)).statusCode);
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(statuses[6]).toBe(429);
    const right = await fromOneClient(password);
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('ends a session that has not been used for longer than the idle limit', async () => {
    const session = await s.sessionFor(s.org.members.expert.id);
    await s.t.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessions.userId, s.org.members.expert.id));
    const res = await s.sessionRequest(session.cookie);
    expect(res.json().state).toBe('anonymous');
  });

  it('ends a session after its absolute lifetime, however active', async () => {
    const session = await s.sessionFor(s.org.members.coordinator.id);
    await s.t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, s.org.members.coordinator.id));
    const res = await s.sessionRequest(session.cookie);
    expect(res.json().state).toBe('anonymous');
  });

  it('clears sessions past their limits from the table', async () => {
    await s.sessionFor(s.org.members.expert.id);
    await s.t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, s.org.members.expert.id));
    await s.t.app.sessions.removeExpired();
    const left = await s.t.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, s.org.members.expert.id));
    expect(left).toEqual([]);
  });

  it('signs out everywhere: every session of the person ends', async () => {
    const user = s.org.members.team_manager;
    const phone = await s.sessionFor(user.id);
    const laptop = await s.sessionFor(user.id);
    const res = await s.injectAs(laptop, { method: 'POST', url: '/api/auth/sign-out-everywhere' });
    expect(res.statusCode).toBe(200);
    const onPhone = await s.sessionRequest(phone.cookie);
    expect(onPhone.json().state).toBe('anonymous');
  });

  it.each([
    ['a malformed address', { email: 'not-an-address', password: 'whatever long enough' }],
    ['a missing password', { email: 'someone@test.example.org' }],
    ['an oversize address', { email: `${'a'.repeat(300)}@test.example.org`, password: 'x' }],
  ])('refuses %s with 400 and a Dutch message', async (_case, payload) => {
    const res = await injectFromOwnAddress(s.t.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('Wat je stuurde klopt niet. Kijk de velden na en probeer het opnieuw.');
  });

  it('refuses a body that is not valid UTF-8', async () => {
    const res = await injectFromOwnAddress(s.t.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: Buffer.concat([
        Buffer.from('{"email":"a@b.nl","password":"'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('"}'),
      ]),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('UTF-8');
  });
});
