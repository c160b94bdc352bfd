import { describe, expect, it } from 'vitest';
import {
  injectFromOwnAddress,
  measurementClient,
  sessionCookieFrom,
  staffAnswers,
  testDatabases,
  waitForMail,
} from './testing/index.ts';
import { organisationSuite } from './testing/suite.ts';

const tokenIn = (text: string) => text.match(/#([A-Za-z0-9_-]{43})/)?.[1] ?? '';

/**
 * The production logger (route patterns, status codes, errors) at `debug`, through the journeys
 * that carry personal data or secrets: signing in, inviting, answering a questionnaire, resetting
 * a password. Not one log line may hold an address, a token, a password or an answer.
 */
describe.each(testDatabases)('log lines on $name', ({ target }) => {
  const lines: string[] = [];
  const s = organisationSuite(target, {
    app: { log: { level: 'debug', stream: { write: (line) => void lines.push(line) } } },
  });

  it('hold no e-mail address, token, password or survey answer', async () => {
    const secrets: string[] = [];
    const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
      injectFromOwnAddress(s.t.app, { method: 'POST', url, payload, headers });

    // Signing in, once wrongly and once rightly.
    const { email, password } = s.org.members.coordinator;
    secrets.push(email, password, 'een verkeerd wachtwoord van lange lengte');
    expect(
      (await post('/api/auth/sign-in', { email, password: 'een verkeerd wachtwoord van lange lengte' }))
        .statusCode,
    ).toBe(401);
    const signedIn = await post('/api/auth/sign-in', { email, password });
    expect(signedIn.statusCode).toBe(200);
    secrets.push(sessionCookieFrom(signedIn).split('=')[1] ?? '', signedIn.json().csrfToken);

    // An invitation, mailed and accepted.
    const admin = await s.sessionFor(s.org.members.org_admin.id);
    const invitee = `uitgenodigd.${Date.now()}@test.example.org`;
    const invitePassword = 'een heel geheime zin voor de nieuwe collega';
    secrets.push(invitee, invitePassword);
    const invited = await s.injectAs(admin, {
      method: 'POST',
      url: `/api/organisations/${s.org.id}/invitations`,
      payload: { email: invitee, role: 'expert' },
    });
    expect(invited.statusCode).toBe(201);
    const invitationToken = tokenIn(s.t.mails.find((mail) => mail.to === invitee)?.text ?? '');
    expect(invitationToken).toHaveLength(43);
    secrets.push(invitationToken);
    const accepted = await post('/api/invitations/accept', {
      token: invitationToken,
      name: 'Nieuwe Collega',
      password: invitePassword,
    });
    expect(accepted.statusCode).toBe(200);

    // A questionnaire answered through an e-mail invitation, with an open answer.
    const m = measurementClient(s.t.app, await s.sessionFor(s.org.members.coordinator.id), s.org.id);
    const waveId = await m.planWave({ kind: 'followUp' });
    const groupId = await m.declareGroup(waveId, { teamId: s.org.teams.a.id, headcount: 3 });
    const respondentAddress = 'respondent.log@test.example.org';
    expect(
      (await m.as('POST', `/waves/${waveId}/invitations`, { groupId, emails: [respondentAddress] }))
        .statusCode,
    ).toBe(202);
    const link = { token: tokenIn(s.t.mails.find((mail) => mail.to === respondentAddress)?.text ?? '') };
    expect(link.token).toHaveLength(43);
    const openAnswer = 'Een uniek antwoord over samenwerking in ons team 7f3k';
    const submissionKey = crypto.randomUUID();
    secrets.push(link.token, openAnswer, submissionKey);
    const submitted = await post('/api/respond/submit', {
      token: link.token,
      submissionKey,
      answers: staffAnswers(4, { openWhatHelps: openAnswer }),
    });
    expect(submitted.statusCode).toBeLessThan(300);
    // And a bad submission, whose error must not echo the answer either.
    await post('/api/respond/submit', {
      token: link.token,
      submissionKey: crypto.randomUUID(),
      answers: { openWhatHelps: openAnswer },
    });

    // A password reset, requested and confirmed.
    const resetPassword = 'weer een andere geheime zin om te onthouden';
    secrets.push(resetPassword);
    expect((await post('/api/auth/password-reset', { email })).statusCode).toBeLessThan(300);
    const resetMail = await waitForMail(s.t.mails, (mail) => mail.to === email);
    const resetToken = tokenIn(resetMail.text);
    expect(resetToken).toHaveLength(43);
    secrets.push(resetToken);
    expect(
      (await post('/api/auth/password-reset/confirm', { token: resetToken, password: resetPassword }))
        .statusCode,
    ).toBe(200);

    expect(lines.length).toBeGreaterThan(10);
    const log = lines.join('\n');
    // The log does say what happened, by route pattern.
    expect(log).toContain('/api/respond/submit');
    for (const secret of secrets.filter(Boolean)) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/@test\.example\.org/);
  }, 60_000);
});
