import { randomUUID } from 'node:crypto';
import {
  buildWaveResults,
  instrumentV1,
  type Perspective,
  type ResponseAnswers,
  tallyByCell,
} from '@derde-bron/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  daysFromToday,
  injectAs,
  linkTokenFromMail,
  queryRows,
  randomClientAddress,
  type SeededOrganisation,
  seedTestOrganisation,
  sessionFor,
  staffAnswers,
  type TestApp,
  type TestSession,
  testDatabases,
  withTenant,
} from '../../testing/index.ts';
import { responses } from './table.ts';
import { today } from './waves.ts';

describe.each(testDatabases)('storing submissions and tallies on $name', ({ target }) => {
  let t: TestApp;
  let org: SeededOrganisation;
  let coordinator: TestSession;
  beforeAll(async () => {
    t = await buildTestApp(target);
    org = await seedTestOrganisation(t);
    coordinator = await sessionFor(t.app, org.members.coordinator.id);
  });
  afterAll(() => t.close());

  const as = (method: 'GET' | 'POST', path: string, payload?: object) =>
    injectAs(t.app, coordinator, {
      method,
      url: `/api/organisations/${org.id}${path}`,
      ...(payload ? { payload } : {}),
    });
  const submit = (token: string, answers: object, submissionKey: string = randomUUID()) =>
    t.app.inject({
      method: 'POST',
      url: '/api/respond/submit',
      payload: { token, submissionKey, answers },
      remoteAddress: randomClientAddress(),
    });

  async function openWave() {
    const wave = await as('POST', '/waves', {
      title: `Meting ${randomUUID().slice(0, 4)}`,
      kind: 'baseline',
      opensOn: today(),
      closesOn: daysFromToday(14),
      perspectives: ['staff'],
    });
    expect(wave.statusCode).toBe(201);
    return wave.json().id as string;
  }
  const linkFor = async (waveId: string, teamId: string) =>
    (await as('POST', `/waves/${waveId}/links`, { perspective: 'staff', teamId })).json().token as string;

  /** What the results would be if every stored response were read and scored again. */
  async function resultsFromResponses(waveId: string) {
    const stored = await withTenant(t.database.db, org.id, (tx) =>
      tx.select().from(responses).where(sql`${responses.waveId} = ${waveId}`),
    );
    return buildWaveResults({
      ...instrumentV1,
      cells: tallyByCell(
        stored.map((row) => ({
          teamId: row.teamId,
          perspective: row.perspective as Perspective,
          answers: row.answers as ResponseAnswers,
        })),
        instrumentV1,
      ),
      breakdown: 'team',
      thresholds: { minCell: 5, minSensitiveCell: 10 },
    });
  }

  it('stores submissions that arrive together each once, and results count exactly what is stored', async () => {
    const waveId = await openWave();
    const [tokenA, tokenB] = [await linkFor(waveId, org.teams.a.id), await linkFor(waveId, org.teams.b.id)];
    const retried = randomUUID();
    const sent = await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => submit(tokenA, staffAnswers(((i % 5) + 1) as 1))),
      ...Array.from({ length: 7 }, (_, i) =>
        submit(tokenB, staffAnswers(((i % 3) + 2) as 2, { ownExperienceDomesticViolence: 'preferNotToSay' })),
      ),
      // A retry of one submission, arriving in the same moment as the original.
      submit(tokenA, staffAnswers(4), retried),
      submit(tokenA, staffAnswers(4), retried),
    ]);
    expect(sent.filter((res) => res.statusCode === 201)).toHaveLength(20);
    expect(sent.filter((res) => res.statusCode === 200)).toHaveLength(1);
    const [count] = await queryRows(
      t.database,
      sql`select count(*)::int as n from responses where wave_id = ${waveId}`,
    );
    expect(count?.n).toBe(20);

    await as('POST', `/waves/${waveId}/close`);
    const shown = await as('GET', `/waves/${waveId}/results?breakdown=team`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json().results).toEqual(JSON.parse(JSON.stringify(await resultsFromResponses(waveId))));
  });

  it('makes the tallies again from the responses when they do not count the same responses', async () => {
    const waveId = await openWave();
    const token = await linkFor(waveId, org.teams.a.id);
    for (let i = 0; i < 6; i++) expect((await submit(token, staffAnswers(2))).statusCode).toBe(201);
    // Responses stored without tallies, as before tallies existed.
    await withTenant(t.database.db, org.id, (tx) =>
      tx.insert(responses).values(
        Array.from({ length: 5 }, () => ({
          orgId: org.id,
          waveId,
          perspective: 'staff' as const,
          teamId: org.teams.b.id,
          submittedOn: today(),
          answers: staffAnswers(5),
        })),
      ),
    );
    await as('POST', `/waves/${waveId}/close`);
    const first = (await as('GET', `/waves/${waveId}/results?breakdown=team`)).json().results;
    expect(first).toEqual(JSON.parse(JSON.stringify(await resultsFromResponses(waveId))));
    expect(first.total).toMatchObject({ visible: true, n: 11 });
    const [tallied] = await queryRows(
      t.database,
      sql`select sum(n)::int as n from response_tallies where wave_id = ${waveId} and measure = 'responses'`,
    );
    expect(tallied?.n).toBe(11);
  });
});

describe.each(testDatabases)('e-mail invitations to a questionnaire on $name', ({ target }) => {
  let t: TestApp;
  let org: SeededOrganisation;
  let coordinator: TestSession;
  beforeAll(async () => {
    t = await buildTestApp(target);
    org = await seedTestOrganisation(t);
    coordinator = await sessionFor(t.app, org.members.coordinator.id);
  });
  afterAll(() => t.close());

  const as = (method: 'GET' | 'POST', path: string, payload?: object) =>
    injectAs(t.app, coordinator, {
      method,
      url: `/api/organisations/${org.id}${path}`,
      ...(payload ? { payload } : {}),
    });
  const submit = (token: string, submissionKey: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/respond/submit',
      payload: { token, submissionKey, answers: staffAnswers(3) },
      remoteAddress: randomClientAddress(),
      headers: { 'accept-language': 'nl' },
    });

  it('sends each address its own link that takes one response, and keeps no address', async () => {
    const waveId = (
      await as('POST', '/waves', {
        title: 'Uitnodigingen',
        kind: 'baseline',
        opensOn: today(),
        closesOn: daysFromToday(7),
        perspectives: ['staff'],
      })
    ).json().id as string;
    const addresses = ['anna.invite@example.org', 'bram.invite@example.org'];
    const sent = await as('POST', `/waves/${waveId}/invitations`, {
      perspective: 'staff',
      teamId: org.teams.a.id,
      emails: addresses,
    });
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toEqual({ sent: 2, failed: 0 });
    const mails = t.mails.filter((mail) => addresses.includes(mail.to));
    expect(mails).toHaveLength(2);
    const token = linkTokenFromMail(
      mails.map((mail) => `To: ${mail.to}\n${mail.text}`),
      'anna.invite@example.org',
      '/vragenlijst',
    );
    expect(token).toBeTruthy();

    const key = randomUUID();
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/respond/open',
      payload: { token },
      remoteAddress: randomClientAddress(),
    });
    expect(opened.statusCode).toBe(200);
    expect((await submit(token as string, key)).statusCode).toBe(201);
    // A retry of the same submission is still fine; a second questionnaire through the link is not.
    expect((await submit(token as string, key)).statusCode).toBe(200);
    const again = await submit(token as string, randomUUID());
    expect(again.statusCode).toBe(410);
    expect(again.json().message).toContain('al ingevuld');
    // Opening it again says so at once (invitations are never served from the link cache).
    const reopened = await t.app.inject({
      method: 'POST',
      url: '/api/respond/open',
      payload: { token },
      remoteAddress: randomClientAddress(),
    });
    expect(reopened.statusCode).toBe(410);

    const counts = (await as('GET', `/waves/${waveId}/invitations`)).json().groups;
    expect(counts).toEqual([{ perspective: 'staff', teamId: org.teams.a.id, sent: 2, used: 1 }]);
    // Invitations are not among the shareable links.
    expect((await as('GET', `/waves/${waveId}/links`)).json().links).toEqual([]);
    // The addresses are nowhere in the database.
    const dump = await queryRows(
      t.database,
      sql`select count(*)::int as n from (
            select row_to_json(l)::text as r from wave_links l
            union all select row_to_json(r)::text from responses r
            union all select row_to_json(a)::text from audit_log a) rows
          where r ilike '%invite@example.org%'`,
    );
    expect(dump[0]?.n).toBe(0);
  });

  it('refuses a bad address list and sends nothing', async () => {
    const waveId = (
      await as('POST', '/waves', {
        title: 'Fout',
        kind: 'followUp',
        opensOn: today(),
        closesOn: daysFromToday(7),
        perspectives: ['staff'],
      })
    ).json().id as string;
    const before = t.mails.length;
    for (const emails of [[], ['geen-adres'], ['a@example.org', 'A@example.org']]) {
      const res = await as('POST', `/waves/${waveId}/invitations`, { perspective: 'staff', emails });
      expect(res.statusCode).toBe(400);
    }
    const wrongPerspective = await as('POST', `/waves/${waveId}/invitations`, {
      perspective: 'management',
      emails: ['a@example.org'],
    });
    expect(wrongPerspective.statusCode).toBe(400);
    expect(t.mails.length).toBe(before);
    expect((await as('GET', `/waves/${waveId}/invitations`)).json().groups).toEqual([]);
  });
});
