import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  injectFromOwnAddress,
  queryRows,
  signInRequest,
  testDatabases,
  waitForMail,
} from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';

const tokenIn = (text: string) => text.match(/#([A-Za-z0-9_-]{43})/)?.[1] ?? '';

describe.each(testDatabases)('password reset on $name', ({ target }) => {
  const s = organisationSuite(target);

  const request = (email: string) =>
    injectFromOwnAddress(s.t.app, {
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email },
    });
  const confirm = (token: string, password: string) =>
    injectFromOwnAddress(s.t.app, {
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password },
    });
  const signIn = (email: string, password: string) => signInRequest(s.t.app, email, password);

  it('answers known and unknown addresses alike, and mails only the known one', async () => {
    const before = s.t.mails.length;
    const known = await request(s.org.members.expert.email);
    const unknown = await request('nobody@test.example.org');
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    await waitForMail(s.t.mails, (mail) => mail.to === s.org.members.expert.email);
    const sent = s.t.mails.slice(before);
    expect(sent.map((mail) => mail.to)).toEqual([s.org.members.expert.email]);
    expect(sent[0]?.text).toContain('http://localhost:3000/wachtwoord-kiezen#');
  });

  it('sets a new password once, ends all sessions, and refuses the link a second time', async () => {
    const user = s.org.members.coordinator;
    const session = await s.sessionFor(user.id);
    await request(user.email);
    const token = tokenIn((await waitForMail(s.t.mails, (mail) => mail.to === user.email)).text);

    const tooShort = await confirm(token, 'kort');
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().message).toContain('minstens 12 tekens');
    const common = await confirm(token, 'password1234');
    expect(common.json().message).toContain('veel gebruikt');
    // A refused password changes nothing: the old one still works and the link still does too.
    expect((await signIn(user.email, user.password)).statusCode).toBe(200);

    const newPassword = 'een nieuwe lange zin voor mij';
    expect((await confirm(token, newPassword)).statusCode).toBe(200);
    expect((await signIn(user.email, user.password)).statusCode).toBe(401);
    expect((await signIn(user.email, newPassword)).statusCode).toBe(200);
    const old = await s.sessionRequest(session.cookie);
    expect(old.json().state).toBe('anonymous');

    const reused = await confirm(token, 'nog een andere lange zin');
    expect(reused.statusCode).toBe(400);
    expect(reused.json().message).toContain('werkt niet meer');
  });

  it('ends older links: only the newest link of an account works, and using it ends the rest', async () => {
    const user = s.org.members.team_manager;
    const before = s.t.mails.length;
    await request(user.email);
    await waitForMail(s.t.mails, (mail) => mail.to === user.email);
    await request(user.email);
    await waitForMail(
      s.t.mails,
      (mail) => mail.to === user.email && s.t.mails.filter((m) => m.to === user.email).length === 2,
    );
    const [older, newer] = s.t.mails.slice(before).map((mail) => tokenIn(mail.text));
    expect(older).not.toBe(newer);
    const refused = await confirm(older ?? '', 'een oude link mag niet meer werken');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('werkt niet meer');
    expect((await confirm(newer ?? '', 'de nieuwste link werkt wel goed')).statusCode).toBe(200);
    const rows = await queryRows(
      s.t.database,
      sql`select count(*)::int as n from password_resets where user_id = ${user.id} and used_at is null`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('refuses a made-up token', async () => {
    const res = await confirm('a'.repeat(43), 'een nieuwe lange zin voor mij');
    expect(res.statusCode).toBe(400);
  });
});
