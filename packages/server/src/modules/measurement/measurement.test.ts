import { randomUUID } from 'node:crypto';
import { addDays, instrumentV1, itemsAsked, todayIso } from '@derde-bron/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  daysFromToday,
  queryRows,
  seedTestOrganisation,
  staffAnswers,
  testDatabases,
} from '../../testing/index.ts';
import { measurementSuite } from '../../testing/suite.ts';

describe.each(testDatabases)('measurement waves, groups and anonymous responses on $name', ({ target }) => {
  const s = measurementSuite(target);

  async function openGroup(headcount = 20, opensIn = 0) {
    const waveId = await s.m.planWave({ perspectives: ['staff', 'expert'], opensIn });
    const { groupId, token } = await s.m.groupWithLink(waveId, { teamId: s.org.teams.a.id, headcount });
    return { waveId, groupId, token };
  }

  it('plans a wave with fixed minimum thresholds, declares a group and makes a link for it', async () => {
    const { waveId } = await openGroup();
    const waves = (await s.m.as('GET', '/waves')).json().waves;
    expect(waves.find((w: { id: string }) => w.id === waveId)).toMatchObject({
      status: 'open',
      thresholds: { minCell: 5, minSensitiveCell: 10 },
      responseCount: 0,
      published: false,
    });
    const [group] = await s.m.groups(waveId);
    expect(group).toMatchObject({
      teamName: 'Team A',
      perspective: 'staff',
      headcount: 20,
      progress: { state: 'needed', needed: 5 },
    });
  });

  it('plans a second 0-meting, but says that one already exists, in the reader’s language', async () => {
    const other = await seedTestOrganisation(s.t, 'Twee nulmetingen');
    const session = await s.sessionFor(other.members.coordinator.id);
    const plan = (kind: 'baseline' | 'followUp', lang = 'nl') =>
      s.injectAs(session, {
        method: 'POST',
        url: `/api/organisations/${other.id}/waves`,
        headers: { 'accept-language': lang },
        payload: {
          title: 'Meting',
          kind,
          opensOn: todayIso(),
          closesOn: daysFromToday(7),
          perspectives: ['staff'],
        },
      });
    const first = await plan('baseline');
    expect(first.statusCode).toBe(201);
    expect(first.json().warning).toBeNull();
    expect((await plan('followUp')).json().warning).toBeNull();
    const second = await plan('baseline');
    expect(second.statusCode).toBe(201);
    expect(second.json().warning).toMatch(/^Let op: jullie hebben al een 0-meting\./);
    expect((await plan('baseline', 'en')).json().warning).toMatch(/^Note: you already have a baseline\./);
  });

  it.each([
    ['a last day before the first', { closesOn: daysFromToday(-1) }],
    ['a threshold below five', { minCell: 3 }],
    ['a sensitive threshold below ten', { minSensitiveCell: 9 }],
    ['an unknown perspective', { perspectives: ['clients'] }],
  ])('refuses a wave with %s', async (_case, change) => {
    const res = await s.m.as('POST', '/waves', {
      title: 'Meting',
      kind: 'followUp',
      opensOn: todayIso(),
      closesOn: daysFromToday(7),
      perspectives: ['staff'],
      ...change,
    });
    expect(res.statusCode).toBe(400);
  });

  it('refuses a group the wave does not ask, of another organisation, without people, or declared twice', async () => {
    const { waveId } = await openGroup();
    const other = await seedTestOrganisation(s.t, 'Ander');
    const bad = [
      { perspective: 'management', teamId: null, headcount: 5 },
      { perspective: 'staff', teamId: other.teams.a.id, headcount: 5 },
      { perspective: 'staff', teamId: s.org.teams.b.id, headcount: 0 },
      { perspective: 'staff', teamId: s.org.teams.b.id, headcount: 5, extra: true },
    ];
    for (const body of bad)
      expect((await s.m.as('POST', `/waves/${waveId}/groups`, body)).statusCode).toBe(400);
    const twice = await s.m.as('POST', `/waves/${waveId}/groups`, {
      perspective: 'staff',
      teamId: s.org.teams.a.id,
      headcount: 3,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toContain('kan niet meer veranderen');
  });

  it('opens the questionnaire saying who it is for, without open questions through a shared link', async () => {
    const { token } = await openGroup(12);
    const res = await s.r.open(token);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      organisationName: s.org.name,
      perspective: 'staff',
      group: { teamName: 'Team A', headcount: 12 },
      channel: 'sharedLink',
      thresholds: { minCell: 5, minSensitiveCell: 10 },
      keepProbability: 0.5,
    });
    // How long the answers are kept, from the retention config (a year after closing by default).
    expect(body.answersKeptUntil).toBe(addDays(body.closesOn, s.t.app.config.retention.answers));
    expect(s.t.app.config.retention.answers).toBe(365);
    const itemKeys = body.instrument.items.map((item: { key: string }) => item.key);
    expect(itemKeys).toEqual(itemsAsked(instrumentV1.items, 'staff', 'sharedLink').map((item) => item.key));
    expect(itemKeys).not.toContain('openWhatHelps');
    expect(body.instrument.intro.nl.length).toBeGreaterThan(50);
  });

  it('stores a response once per submission key, sealed, with nothing about who, when or which group in the clear', async () => {
    const { waveId, token } = await openGroup();
    const submissionKey = randomUUID();
    const answers = staffAnswers(4, { ownExperienceDomesticViolence: 'yes' });
    const first = await s.r.submit(token, answers, submissionKey);
    expect(first.statusCode).toBe(201);
    const retry = await s.r.submit(token, answers, submissionKey);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());

    const rows = await queryRows(s.t.database, sql`select * from responses where wave_id = ${waveId}`);
    expect(rows).toHaveLength(1);
    const row = rows[0] ?? {};
    expect(
      Object.entries(row)
        .filter(([, value]) => value !== null)
        .map(([key]) => key)
        .sort(),
    ).toEqual(['id', 'org_id', 'sealed', 'wave_id']);
    for (const clear of ['ownExperienceDomesticViolence', s.org.teams.a.id, 'staff', todayIso()])
      expect(String(row.sealed)).not.toContain(clear);
    const columns = await queryRows(
      s.t.database,
      sql`select column_name from information_schema.columns where table_name in ('responses', 'submission_keys')`,
    );
    const names = columns.map((c) => String(c.column_name));
    for (const forbidden of [
      'ip',
      'user_agent',
      'created_at',
      'user_id',
      'link_id',
      'group_id',
      'response_id',
    ])
      expect(names).not.toContain(forbidden);
    expect(
      (await s.m.as('GET', '/waves')).json().waves.find((w: { id: string }) => w.id === waveId).responseCount,
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
    [
      'an open answer through a shared link',
      () => ({ ...staffAnswers(), openWhatHelps: 'Tijd om te praten' }),
    ],
    [
      'a wrong option for a sensitive question',
      () => ({ ...staffAnswers(), ownExperienceDomesticViolence: 'misschien' }),
    ],
  ])('refuses %s in the respondent’s language and stores nothing', async (_case, make) => {
    const { waveId, token } = await openGroup();
    const res = await s.r.submit(token, make());
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('Niet alle antwoorden kloppen. Kijk de gemarkeerde vragen na.');
    expect(
      await queryRows(s.t.database, sql`select id from responses where wave_id = ${waveId}`),
    ).toHaveLength(0);
    expect((await s.m.groups(waveId))[0]?.progress).toEqual({ state: 'needed', needed: 5 });
  });

  it('takes no more answers through a group’s link than the people it declared, and says why', async () => {
    const { waveId, token } = await openGroup(2);
    await s.r.answer(token, staffAnswers(3));
    await s.r.answer(token, staffAnswers(3));
    const third = await s.r.submit(token, staffAnswers(3));
    expect(third.statusCode).toBe(409);
    expect(third.json().message).toContain('evenveel antwoorden als er mensen in zitten');
    expect(
      await queryRows(s.t.database, sql`select id from responses where wave_id = ${waveId}`),
    ).toHaveLength(2);
  });

  it('refuses answers before a wave opens and after it closes', async () => {
    const later = await openGroup(20, 3);
    const early = await s.r.submit(later.token, staffAnswers());
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toContain('nog niet open');

    const now = await openGroup();
    expect((await s.m.close(now.waveId)).status).toBe('closed');
    const late = await s.r.submit(now.token, staffAnswers());
    expect(late.statusCode).toBe(410);
    expect(late.json().message).toContain('gesloten');
  });

  it('withdraws a shared link: it stops working at once, and the log says so', async () => {
    const { waveId, groupId } = await openGroup();
    const made = (await s.m.as('POST', `/waves/${waveId}/links`, { groupId })).json();
    const token = made.token as string;
    const withdrawn = made.id as string;
    const [group] = (await s.m.groups(waveId)).filter((g) => g.id === groupId);
    expect(group?.links).toHaveLength(2);
    expect((await s.m.as('DELETE', `/waves/${waveId}/links/${withdrawn}`)).statusCode).toBe(204);
    expect((await s.r.open(token)).statusCode).toBe(400);
    expect((await s.m.as('DELETE', `/waves/${waveId}/links/${withdrawn}`)).statusCode).toBe(404);
    const audit = await queryRows(
      s.t.database,
      sql`select action from audit_log where org_id = ${s.org.id} and target_id = ${waveId} order by at`,
    );
    expect(audit.map((row) => row.action)).toEqual([
      'measurement.groupDeclared',
      'measurement.linkCreated',
      'measurement.linkCreated',
      'measurement.linkRevoked',
    ]);
  });

  it('refuses a made-up link', async () => {
    expect((await s.r.open('b'.repeat(43))).statusCode).toBe(400);
  });
});
