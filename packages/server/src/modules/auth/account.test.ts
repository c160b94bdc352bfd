import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema.ts';
import { sessionCookieFrom, signInRequest, testDatabases, totpCode } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';
import { replaceRecoveryCodes } from './accounts.ts';

describe.each(testDatabases)('a signed-in person’s own account on $name', ({ target }) => {
  const s = organisationSuite(target);

  const signIn = (email: string, password: string) => signInRequest(s.t.app, email, password);
  const audited = async (userId: string, action: string) =>
    (
      await s.t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.actorUserId, userId), eq(auditLog.action, action)))
    ).length;

  it('changes the password with the current one, ends the other sessions and logs it', async () => {
    const user = s.org.members.coordinator;
    const session = await s.sessionFor(user.id);
    const other = await s.sessionFor(user.id);
    const wrong = await s.injectAs(session, {
      method: 'POST',
      url: '/api/auth/password',
      payload: {
        currentPassword: 'niet mijn wachtwoord hoor',
        newPassword: 'een nieuwe zin voor de coördinator',
      },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().message).toBe('Je huidige wachtwoord klopt niet.');
    expect(await audited(user.id, 'auth.passwordFailed')).toBe(1);

    const newPassword = 'een nieuwe zin voor de coördinator';
    const changed = await s.injectAs(session, {
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: user.password, newPassword },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().state).toBe('signedIn');
    expect(sessionCookieFrom(changed)).not.toBe(session.cookie);
    const otherNow = await s.sessionRequest(other.cookie);
    expect(otherNow.json().state).toBe('anonymous');
    expect((await signIn(user.email, user.password)).statusCode).toBe(401);
    expect((await signIn(user.email, newPassword)).statusCode).toBe(200);
    expect(await audited(user.id, 'auth.passwordChanged')).toBe(1);
  });

  it('asks for the second factor too when the account has it', async () => {
    const admin = s.org.members.org_admin;
    const session = await s.sessionFor(admin.id);
    const body = { currentPassword: admin.password, newPassword: 'de beheerder kiest een nieuwe zin' };
    const noCode = await s.injectAs(session, {
      method: 'POST',
      url: '/api/auth/password',
      payload: body,
    });
    expect(noCode.statusCode).toBe(400);
    const wrongCode = await s.injectAs(session, {
      method: 'POST',
      url: '/api/auth/password',
      payload: { ...body, code: '000000' },
    });
    expect(wrongCode.statusCode).toBe(401);
    const done = await s.injectAs(session, {
      method: 'POST',
      url: '/api/auth/password',
      payload: { ...body, code: await totpCode(admin.totpSecret ?? '') },
    });
    expect(done.statusCode).toBe(200);
    expect(await audited(admin.id, 'auth.passwordChanged')).toBe(1);
  });

  it('makes new recovery codes with a code from the app; the old ones stop working', async () => {
    const admin = s.org.members.org_admin;
    const [old] = await s.t.database.db.transaction((tx) => replaceRecoveryCodes(tx, admin.id));
    const session = await s.sessionFor(admin.id);
    const renewed = await s.injectAs(session, {
      method: 'POST',
      url: '/api/auth/two-factor/recovery-codes',
      payload: { code: await totpCode(admin.totpSecret ?? '', 1) },
    });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json().recoveryCodes).toHaveLength(10);
    expect(renewed.json().recoveryCodes).not.toContain(old);
    expect(await audited(admin.id, 'auth.recoveryCodesRenewed')).toBe(1);

    const noTwoFactor = await s.injectAs(await s.sessionFor(s.org.members.expert.id), {
      method: 'POST',
      url: '/api/auth/two-factor/recovery-codes',
      payload: { code: '123456' },
    });
    expect(noTwoFactor.statusCode).toBe(400);
  });
});
