import { randomUUID } from 'node:crypto';
import { instrumentV1, itemsForPerspective } from '@derde-bron/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  daysFromToday,
  injectAs,
  queryRows,
  randomClientAddress,
  type SeededOrganisation,
  seedTestOrganisation,
  sessionFor,
  staffAnswers,
  type TestApp,
  type TestSession,
  testDatabases,
} from '../../testing/index.ts';
import { today } from './waves.ts';

describe.each(testDatabases)('measurement waves and anonymous responses on $name', ({ target }) => {
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
  const respond = (path: 'open' | 'submit', payload: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/respond/${path}`,
      payload,
      remoteAddress: randomClientAddress(),
    });

  async function openWaveWithLink(opensIn = 0) {
    const wave = await as('POST', '/waves', {
      title: `0-meting ${randomUUID().slice(0, 4)}`,
      kind: 'baseline',
      opensOn: daysFromToday(opensIn),
      closesOn: daysFromToday(opensIn + 14),
      perspectives: ['staff', 'expert'],
    });
    expect(wave.statusCode).toBe(201);
    const link = await as('POST', `/waves/${wave.json().id}/links`, {
      perspective: 'staff',
      teamId: org.teams.a.id,
    });
    expect(link.statusCode).toBe(201);
    return {
      waveId: wave.json().id as string,
      token: link.json().token as string,
      path: link.json().path as string,
    };
  }

  it('plans a wave with fixed minimum thresholds and makes an anonymous link per team', async () => {
    const { waveId, path } = await openWaveWithLink();
    expect(path).toMatch(/^\/vragenlijst#[A-Za-z0-9_-]{43}$/);
    const waves = (await as('GET', '/waves')).json().waves;
    expect(waves.find((w: { id: string }) => w.id === waveId)).toMatchObject({
      status: 'open',
      thresholds: { minCell: 5, minSensitiveCell: 10 },
      responseCount: 0,
    });
  });

  it.each([
    ['a last day before the first', { closesOn: daysFromToday(-1) }],
    ['a threshold below five', { minCell: 3 }],
    ['a sensitive threshold below ten', { minSensitiveCell: 9 }],
    ['an unknown perspective', { perspectives: ['clients'] }],
  ])('refuses a wave with %s', async (_case, change) => {
    const res = await as('POST', '/waves', {
      title: 'Meting',
      kind: 'followUp',
      opensOn: today(),
      closesOn: daysFromToday(7),
      perspectives: ['staff'],
      ...change,
    });
    expect(res.statusCode).toBe(400);
  });

  it('refuses a link for a perspective the wave does not ask, or a team of another organisation', async () => {
    const { waveId } = await openWaveWithLink();
    expect((await as('POST', `/waves/${waveId}/links`, { perspective: 'management' })).statusCode).toBe(400);
    const other = await seedTestOrganisation(t, 'Ander');
    expect(
      (await as('POST', `/waves/${waveId}/links`, { perspective: 'staff', teamId: other.teams.a.id }))
        .statusCode,
    ).toBe(400);
  });

  it('opens the questionnaire for the link’s perspective, with what is stored told up front', async () => {
    const { token } = await openWaveWithLink();
    const res = await respond('open', { token });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.organisationName).toBe(org.name);
    expect(body.perspective).toBe('staff');
    const itemKeys = body.instrument.items.map((item: { key: string }) => item.key);
    expect(itemKeys).toEqual(itemsForPerspective(instrumentV1.items, 'staff').map((item) => item.key));
    expect(body.instrument.intro.nl.length).toBeGreaterThan(50);
  });

  it('stores a response once per submission key, with no account, address, browser or time of day', async () => {
    const { waveId, token } = await openWaveWithLink();
    const submissionKey = randomUUID();
    const answers = { ...staffAnswers(4), openWhatHelps: '<script>alert(1)</script> Tijd om te praten' };
    const first = await respond('submit', { token, submissionKey, answers });
    expect(first.statusCode).toBe(201);
    const retry = await respond('submit', { token, submissionKey, answers });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());

    const rows = await queryRows(t.database, sql`select * from responses where wave_id = ${waveId}`);
    expect(rows).toHaveLength(1);
    const row = rows[0] ?? {};
    expect(Object.keys(row).sort()).toEqual([
      'answers',
      'id',
      'org_id',
      'perspective',
      'submitted_on',
      'team_id',
      'wave_id',
    ]);
    expect(
      String(
        row.submitted_on instanceof Date ? row.submitted_on.toISOString().slice(0, 10) : row.submitted_on,
      ),
    ).toBe(today());
    expect((row.answers as Record<string, unknown>).openWhatHelps).toBe(
      '<script>alert(1)</script> Tijd om te praten',
    );
    const columns = await queryRows(
      t.database,
      sql`select column_name from information_schema.columns where table_name in ('responses', 'submission_keys')`,
    );
    const names = columns.map((c) => String(c.column_name));
    for (const forbidden of ['ip', 'user_agent', 'created_at', 'user_id', 'link_id', 'response_id'])
      expect(names).not.toContain(forbidden);
    expect(
      (await as('GET', '/waves')).json().waves.find((w: { id: string }) => w.id === waveId).responseCount,
    ).toBe(1);
  });

  it.each([
    ['an answer outside the scale', () => ({ ...staffAnswers(), knowledgeDifference: 6 })],
    [
      'a missing required answer',
      () => {
        const { knowledgeDifference: _, ...rest } = staffAnswers();
        return rest;
      },
    ],
    ['an unknown question', () => ({ ...staffAnswers(), favouriteColour: 3 })],
    ['a question for managers only', () => ({ ...staffAnswers(), selfAssessmentExploration: 3 })],
    ['an oversize open answer', () => ({ ...staffAnswers(), openWhatHelps: 'x'.repeat(2001) })],
    [
      'a wrong option for a sensitive question',
      () => ({ ...staffAnswers(), ownExperienceDomesticViolence: 'misschien' }),
    ],
  ])('refuses %s in the respondent’s language and stores nothing', async (_case, make) => {
    const { waveId, token } = await openWaveWithLink();
    const res = await respond('submit', { token, submissionKey: randomUUID(), answers: make() });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('Niet alle antwoorden kloppen. Kijk de gemarkeerde vragen na.');
    expect(await queryRows(t.database, sql`select id from responses where wave_id = ${waveId}`)).toHaveLength(
      0,
    );
  });

  it('refuses answers before a wave opens and after it closes', async () => {
    const later = await openWaveWithLink(3);
    const early = await respond('submit', {
      token: later.token,
      submissionKey: randomUUID(),
      answers: staffAnswers(),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toContain('nog niet open');

    const now = await openWaveWithLink();
    expect((await as('POST', `/waves/${now.waveId}/close`)).json().status).toBe('closed');
    const late = await respond('submit', {
      token: now.token,
      submissionKey: randomUUID(),
      answers: staffAnswers(),
    });
    expect(late.statusCode).toBe(410);
    expect(late.json().message).toContain('gesloten');
  });

  it('refuses a made-up link', async () => {
    const res = await respond('open', { token: 'b'.repeat(43) });
    expect(res.statusCode).toBe(400);
  });
});
