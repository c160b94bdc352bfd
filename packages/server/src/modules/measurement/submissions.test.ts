import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { linkTokenFromMail, queryRows, staffAnswers, testDatabases } from '../../testing/index.ts';
import { measurementSuite } from '../../testing/suite.ts';

describe.each(testDatabases)('storing submissions on $name', ({ target }) => {
  const s = measurementSuite(target);

  it('stores submissions that arrive together each once, and publishes exactly what was stored', async () => {
    const waveId = await s.m.planWave();
    const a = await s.m.groupWithLink(waveId, { teamId: s.org.teams.a.id, headcount: 15 });
    const b = await s.m.groupWithLink(waveId, { teamId: s.org.teams.b.id, headcount: 10 });
    const retried = randomUUID();
    const sent = await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => s.r.submit(a.token, staffAnswers(((i % 5) + 1) as 1))),
      ...Array.from({ length: 7 }, (_, i) =>
        s.r.submit(
          b.token,
          staffAnswers(((i % 3) + 2) as 2, { ownExperienceDomesticViolence: 'preferNotToSay' }),
        ),
      ),
      // A retry of one submission, arriving in the same moment as the original.
      s.r.submit(a.token, staffAnswers(4), retried),
      s.r.submit(a.token, staffAnswers(4), retried),
    ]);
    expect(sent.filter((res) => res.statusCode === 201)).toHaveLength(20);
    expect(sent.filter((res) => res.statusCode === 200)).toHaveLength(1);
    const [count] = await queryRows(
      s.t.database,
      sql`select count(*)::int as n from responses where wave_id = ${waveId}`,
    );
    expect(count?.n).toBe(20);

    await s.m.close(waveId);
    const { results } = await s.m.results(waveId, 'team');
    expect(results.total.n).toBe(20);
    expect(results.groups.map((g: { key: string; cell: { n: number } }) => [g.key, g.cell.n])).toEqual(
      expect.arrayContaining([
        [s.org.teams.a.id, 13],
        [s.org.teams.b.id, 7],
      ]),
    );
  });

  it('fills a group no further than its headcount, however many submissions arrive at once', async () => {
    const waveId = await s.m.planWave();
    const { token } = await s.m.groupWithLink(waveId, { headcount: 6 });
    const sent = await Promise.all(Array.from({ length: 10 }, () => s.r.submit(token, staffAnswers(3))));
    expect(sent.filter((res) => res.statusCode === 201)).toHaveLength(6);
    expect(sent.filter((res) => res.statusCode === 409)).toHaveLength(4);
    const [count] = await queryRows(
      s.t.database,
      sql`select count(*)::int as n from responses where wave_id = ${waveId}`,
    );
    expect(count?.n).toBe(6);
  });
});

describe.each(testDatabases)('e-mail invitations to a questionnaire on $name', ({ target }) => {
  const s = measurementSuite(target);

  const tokenFor = (address: string) =>
    linkTokenFromMail(
      s.t.mails.map((mail) => `To: ${mail.to}\n${mail.text}`),
      address,
      '/vragenlijst',
    ) as string;
  /** Every row of the tables that hold links, responses, jobs and the log, as text. */
  const everything = async () =>
    (
      await queryRows(
        s.t.database,
        sql`select row_to_json(l)::text as r from wave_links l
            union all select row_to_json(r)::text from responses r
            union all select row_to_json(a)::text from audit_log a`,
      )
    ).map((row) => String(row.r));

  it('sends each address its own link that takes one response, with open questions, and keeps the address only sealed', async () => {
    const waveId = await s.m.planWave();
    const groupId = await s.m.declareGroup(waveId, { teamId: s.org.teams.a.id, headcount: 3 });
    const addresses = ['anna.invite@example.org', 'bram.invite@example.org'];
    const sent = await s.m.as('POST', `/waves/${waveId}/invitations`, { groupId, emails: addresses });
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toEqual({ queued: 2 });
    const token = tokenFor('anna.invite@example.org');
    expect(token).toBeTruthy();
    expect(s.t.mails.find((mail) => mail.to === 'anna.invite@example.org')?.text).toMatch(
      /tot en met \d+ \w+ \d{4}/,
    );

    const opened = await s.r.open(token);
    expect(opened.statusCode).toBe(200);
    expect(opened.json().channel).toBe('invitation');
    expect(opened.json().instrument.items.map((item: { key: string }) => item.key)).toContain(
      'openWhatHelps',
    );
    const key = randomUUID();
    const answers = staffAnswers(3, { openWhatHelps: 'Tijd om te praten' });
    expect((await s.r.submit(token, answers, key)).statusCode).toBe(201);
    // A retry of the same submission is still fine; a second questionnaire through the link is not.
    expect((await s.r.submit(token, answers, key)).statusCode).toBe(200);
    const again = await s.r.submit(token, answers);
    expect(again.statusCode).toBe(410);
    expect(again.json().message).toContain('al ingevuld');
    expect((await s.r.open(token)).statusCode).toBe(410);

    const [group] = await s.m.groups(waveId);
    // Sent, yes; used, not said: that would tell who answered.
    expect(group).toMatchObject({ invitationsSent: 2, progress: { state: 'needed', needed: 4 }, links: [] });
    expect(JSON.stringify(group)).not.toContain('used');
    for (const row of await everything()) expect(row).not.toContain('invite@example.org');

    // More invitations than people in the group: refused, nothing sent.
    const before = s.t.mails.length;
    const tooMany = await s.m.as('POST', `/waves/${waveId}/invitations`, {
      groupId,
      emails: ['c@example.org', 'd@example.org'],
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().message).toContain('niet meer uitnodigingen');
    expect(s.t.mails.length).toBe(before);
  });

  it('reminds only the invitations not used, at most once in three days, and says not how many', async () => {
    const waveId = await s.m.planWave();
    const groupId = await s.m.declareGroup(waveId, { teamId: s.org.teams.b.id, headcount: 5 });
    const addresses = ['c.remind@example.org', 'd.remind@example.org', 'e.remind@example.org'];
    await s.m.as('POST', `/waves/${waveId}/invitations`, { groupId, emails: addresses });
    await s.r.answer(tokenFor('c.remind@example.org'), staffAnswers(4));

    const reminded = await s.m.as('POST', `/waves/${waveId}/invitations/reminders`);
    // Not how many: that would tell how many answered.
    expect(reminded.json()).toEqual({ reminded: true });
    const reminders = s.t.mails.filter((mail) => mail.subject.startsWith('Herinnering'));
    expect(reminders.map((mail) => mail.to).sort()).toEqual(['d.remind@example.org', 'e.remind@example.org']);
    expect(reminders[0]?.text).toContain('/vragenlijst#');
    const before = s.t.mails.length;
    expect((await s.m.as('POST', `/waves/${waveId}/invitations/reminders`)).json()).toEqual({
      reminded: true,
    });
    expect(s.t.mails.length).toBe(before);

    // Closing publishes the wave and erases what could tie an invitation to a person.
    await s.m.close(waveId);
    const links = await queryRows(
      s.t.database,
      sql`select sealed_invitation, used, reminded_on from wave_links where wave_id = ${waveId}`,
    );
    expect(links).toHaveLength(3);
    for (const link of links)
      expect(link).toEqual({ sealed_invitation: null, used: false, reminded_on: null });
    expect((await s.m.as('POST', `/waves/${waveId}/invitations/reminders`)).statusCode).toBe(410);
  });

  it('refuses a bad address list and sends nothing', async () => {
    const waveId = await s.m.planWave();
    const groupId = await s.m.declareGroup(waveId, { headcount: 10 });
    const before = s.t.mails.length;
    for (const body of [
      { groupId, emails: [] },
      { groupId, emails: ['geen-adres'] },
      { groupId, emails: ['a@example.org', 'A@example.org'] },
      { groupId: randomUUID(), emails: ['a@example.org'] },
      { emails: ['a@example.org'] },
    ]) {
      const res = await s.m.as('POST', `/waves/${waveId}/invitations`, body);
      expect([400, 404]).toContain(res.statusCode);
    }
    expect(s.t.mails.length).toBe(before);
    expect((await s.m.groups(waveId))[0]?.invitationsSent).toBe(0);
  });
});
