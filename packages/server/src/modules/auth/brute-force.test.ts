import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema.ts';
import {
  randomClientAddress,
  seedNetworkAdmin,
  sessionCookieFrom,
  testDatabases,
} from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';
import { replaceRecoveryCodes } from './accounts.ts';
import { accountClientKey, throttleKey } from './throttle.ts';

describe.each(testDatabases)('guessing passwords and codes on $name', ({ target }) => {
  const s = organisationSuite(target);

  const signIn = (email: string, password: string, ip = randomClientAddress()) =>
    s.t.app.inject({
      remoteAddress: ip,
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password },
    });

  /** A session of `admin` that still waits for its second factor. */
  async function pendingSession(email: string, password: string) {
    const res = await signIn(email, password);
    expect(res.json().state).toBe('needsTwoFactor');
    return { cookie: sessionCookieFrom(res), csrfToken: res.json().csrfToken as string };
  }

  const auditActions = async (userId: string) =>
    (
      await s.t.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.actorUserId, userId)))
    ).map((row) => row.action);

  it.each([50, 25])(
    'evaluates at most six of %i parallel wrong passwords from one address',
    async (parallel) => {
      // An account of its own per run, so that the runs do not share a count.
      const { email } = await seedNetworkAdmin(s.t);
      const ip = randomClientAddress();
      const answers = await Promise.all(
        Array.from({ length: parallel }, () => signIn(email, 'a wrong password, guessed in parallel', ip)),
      );
      expect(answers.filter((res) => res.statusCode === 401).length).toBeLessThanOrEqual(6);
      expect(answers.every((res) => res.statusCode === 401 || res.statusCode === 429)).toBe(true);
    },
  );

  it('lets exactly six of 50 parallel attempts on one key through: check and count are one step', async () => {
    const key = accountClientKey(`parallel.${Math.random()}@test.example.org`, randomClientAddress());
    const results = await Promise.all(Array.from({ length: 50 }, () => s.t.app.throttle.attempt([key])));
    expect(results.filter((r) => r.wait === 0).length).toBe(6);
  });

  it('evaluates at most six of 50 parallel wrong second-factor codes', async () => {
    const admin = s.org.members.org_admin;
    const pending = await pendingSession(admin.email, admin.password);
    // Each from its own address: the route's own rate limit per client must not be what stops them.
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        s.injectAs(pending, {
          remoteAddress: randomClientAddress(),
          method: 'POST',
          url: '/api/auth/two-factor/verify',
          payload: { code: '000000' },
        }),
      ),
    );
    const evaluated = answers.filter((res) => res.statusCode === 401).length;
    expect(evaluated).toBeGreaterThan(0);
    expect(evaluated).toBeLessThanOrEqual(6);
    expect(answers.filter((res) => res.statusCode === 429).length).toBeGreaterThanOrEqual(44);
    const actions = await auditActions(admin.id);
    expect(actions.filter((a) => a === 'auth.secondFactorFailed').length).toBe(evaluated);
    expect(actions).toContain('auth.lockedOut');
  });

  it('limits second-factor attempts per client address too', async () => {
    const admin = s.org.members.org_admin;
    const pending = await pendingSession(admin.email, admin.password);
    const ip = randomClientAddress();
    const answers = [];
    for (let i = 0; i < 12; i++)
      answers.push(
        await s.injectAs(pending, {
          remoteAddress: ip,
          method: 'POST',
          url: '/api/auth/two-factor/recovery',
          payload: { code: 'aaaaa-bbbbb' },
        }),
      );
    expect(answers.at(-1)?.statusCode).toBe(429);
  });

  it('does not lock the real person out when someone elsewhere fails on purpose', async () => {
    const { email, password } = s.org.members.coordinator;
    const attacker = randomClientAddress();
    for (let i = 0; i < 14; i++) await signIn(email, 'the attacker does not know it', attacker);
    expect((await signIn(email, 'the attacker does not know it', attacker)).statusCode).toBe(429);
    const real = await signIn(email, password);
    expect(real.statusCode).toBe(200);
  });

  it('still slows down a guess spread over many addresses, per account', async () => {
    const { email, password } = s.org.members.team_manager;
    // 50 failures are free per account; the 51st is evaluated and starts the back-off.
    for (let i = 0; i < 51; i++)
      expect((await signIn(email, 'spread over many addresses', randomClientAddress())).statusCode).toBe(401);
    const next = await signIn(email, password);
    expect(next.statusCode).toBe(429);
    expect(Number(next.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('records failed passwords in the audit log under the account id, never the address', async () => {
    const { id, email } = s.org.members.expert;
    await signIn(email, 'one more wrong password');
    const rows = await s.t.database.db.select().from(auditLog).where(eq(auditLog.actorUserId, id));
    const failed = rows.filter((row) => row.action === 'auth.passwordFailed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]?.orgId).toBe(s.org.id);
    expect(JSON.stringify(rows)).not.toContain(email);
  });

  it('records a sign-in with a recovery code', async () => {
    const admin = s.org.members.org_admin;
    const [code] = await s.t.database.db.transaction((tx) => replaceRecoveryCodes(tx, admin.id));
    const pending = await pendingSession(admin.email, admin.password);
    // The back-off the parallel test above left on this account's codes is not what this test is about.
    await s.t.app.throttle.clear([throttleKey('second-factor', admin.id)]);
    const res = await s.injectAs(pending, {
      remoteAddress: randomClientAddress(),
      method: 'POST',
      url: '/api/auth/two-factor/recovery',
      payload: { code },
    });
    expect(res.statusCode).toBe(200);
    expect(await auditActions(admin.id)).toContain('auth.recoveryCodeUsed');
  });

  it('lets only a full sign-in end every session: a password alone cannot', async () => {
    const admin = s.org.members.org_admin;
    const real = await s.sessionFor(admin.id);
    const pending = await pendingSession(admin.email, admin.password);
    const refused = await s.injectAs(pending, {
      remoteAddress: randomClientAddress(),
      method: 'POST',
      url: '/api/auth/sign-out-everywhere',
    });
    expect(refused.statusCode).toBe(401);
    const still = await s.sessionRequest(real.cookie);
    expect(still.json().state).toBe('signedIn');

    const ended = await s.injectAs(real, {
      remoteAddress: randomClientAddress(),
      method: 'POST',
      url: '/api/auth/sign-out-everywhere',
    });
    expect(ended.statusCode).toBe(200);
    expect(await auditActions(admin.id)).toContain('auth.signedOutEverywhere');
  });
});
