import { randomUUID } from 'node:crypto';
import { instrumentV1, summariseScale } from '@derde-bron/domain';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/tenant.ts';
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
import { closedWaveTotals } from '../network/wave-totals.ts';
import { defaultRetention, enforceRetention } from '../operations/retention.ts';
import { measurementWaves } from './table.ts';
import { today } from './waves.ts';

describe.each(testDatabases)('measurement results on $name', ({ target }) => {
  let t: TestApp;
  let org: SeededOrganisation;
  let coordinator: TestSession;
  beforeAll(async () => {
    t = await buildTestApp(target);
    org = await seedTestOrganisation(t);
    coordinator = await sessionFor(t.app, org.members.coordinator.id);
  });
  afterAll(() => t.close());

  const as = (session: TestSession, method: 'GET' | 'POST', path: string, payload?: object) =>
    injectAs(t.app, session, {
      method,
      url: `/api/organisations/${org.id}${path}`,
      ...(payload ? { payload } : {}),
    });

  /** A wave with links for team A and team B and the given answers through each, then closed. */
  async function closedWave(
    kind: 'baseline' | 'followUp',
    teamA: Array<Record<string, unknown>>,
    teamB: Array<Record<string, unknown>>,
  ) {
    const wave = (
      await as(coordinator, 'POST', '/waves', {
        title: `Meting ${kind}`,
        kind,
        opensOn: today(),
        closesOn: daysFromToday(10),
        perspectives: ['staff'],
      })
    ).json();
    for (const [teamId, list] of [
      [org.teams.a.id, teamA],
      [org.teams.b.id, teamB],
    ] as const) {
      const { token } = (
        await as(coordinator, 'POST', `/waves/${wave.id}/links`, { perspective: 'staff', teamId })
      ).json();
      for (const body of list) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/respond/submit',
          payload: { token, submissionKey: randomUUID(), answers: body },
          remoteAddress: randomClientAddress(),
        });
        expect(res.statusCode).toBe(201);
      }
    }
    return wave.id as string;
  }

  it('shows no scores while a wave is open, only participation', async () => {
    const wave = (
      await as(coordinator, 'POST', '/waves', {
        title: 'Open',
        kind: 'followUp',
        opensOn: today(),
        closesOn: daysFromToday(5),
        perspectives: ['staff'],
      })
    ).json();
    const res = await as(coordinator, 'GET', `/waves/${wave.id}/results`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('pas als de meting is gesloten');
  });

  it('hides a team of four, and the team whose rest it is, and shows the total', async () => {
    const waveId = await closedWave(
      'baseline',
      Array.from({ length: 8 }, () => staffAnswers(4)),
      Array.from({ length: 4 }, () => staffAnswers(2)),
    );
    await as(coordinator, 'POST', `/waves/${waveId}/close`);
    const res = await as(coordinator, 'GET', `/waves/${waveId}/results?breakdown=team`);
    expect(res.statusCode).toBe(200);
    const { results } = res.json();
    expect(results.total).toMatchObject({ visible: true, n: 12 });
    const all = [
      ...Array.from({ length: 8 }, () => staffAnswers(4)),
      ...Array.from({ length: 4 }, () => staffAnswers(2)),
    ];
    const knowledge = instrumentV1.scales.find((scale) => scale.key === 'knowledge');
    if (!knowledge) throw new Error('knowledge scale');
    const expected = summariseScale(all as never, knowledge, instrumentV1.items);
    expect(results.total.scales.knowledge).toEqual(expected);
    const byKey = Object.fromEntries(
      results.groups.map((g: { key: string; cell: unknown }) => [g.key, g.cell]),
    );
    expect(byKey[org.teams.b.id]).toEqual({ visible: false, reason: 'tooFew' });
    // Team A holds 8 of 12: showing it would show the other 4 as the rest.
    expect(byKey[org.teams.a.id]).toEqual({ visible: false, reason: 'restTooSmall' });

    // The export holds exactly what the screen shows: the hidden teams say so, without figures.
    const csv = await as(coordinator, 'GET', `/waves/${waveId}/results.csv?breakdown=team`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('attachment');
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('Groep,Antwoorden,Schaal,Met score,Gemiddelde,1,2,3,4,5,Weet ik niet (aandeel)');
    expect(lines.find((line) => line.startsWith('Team B,'))).toBe('Team B,verborgen (tooFew),,,,,,,,,');
    expect(lines.find((line) => line.startsWith('Team A,'))).toBe('Team A,verborgen (restTooSmall),,,,,,,,,');
    expect(lines.filter((line) => line.startsWith('Hele organisatie,12,')).length).toBe(
      instrumentV1.scales.length,
    );

    // And the spreadsheet holds the same rows as the CSV.
    const xlsx = await as(coordinator, 'GET', `/waves/${waveId}/results.xlsx?breakdown=team`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheetLines: string[] = [];
    workbook.worksheets[0]?.eachRow({ includeEmpty: false }, (row) => {
      const values = Array.from({ length: 11 }, (_, i) => row.getCell(i + 1).value ?? '');
      sheetLines.push(values.join(','));
    });
    expect(sheetLines).toEqual(lines);
  });

  it('gives a team manager only their own team, under the same suppression', async () => {
    const waveId = await closedWave(
      'followUp',
      Array.from({ length: 6 }, () => staffAnswers(5)),
      Array.from({ length: 6 }, () => staffAnswers(1)),
    );
    await as(coordinator, 'POST', `/waves/${waveId}/close`);
    const manager = await sessionFor(t.app, org.members.team_manager.id);
    const res = await as(manager, 'GET', `/waves/${waveId}/results?breakdown=perspective`);
    const { results } = res.json();
    expect(results.total).toBeNull();
    expect(results.groups.map((g: { key: string }) => g.key)).toEqual([org.teams.a.id]);
    expect(results.groups[0].cell).toMatchObject({ visible: true, n: 6 });
    expect(results.groups.some((g: { key: string }) => g.key === org.teams.b.id)).toBe(false);
    const expert = await sessionFor(t.app, org.members.expert.id);
    expect((await as(expert, 'GET', `/waves/${waveId}/results`)).statusCode).toBe(403);
    const listed = (await as(manager, 'GET', '/waves')).json().waves;
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((wave: { status: string }) => wave.status === 'closed')).toBe(true);
    expect((await as(manager, 'POST', `/waves/${waveId}/links`, { perspective: 'staff' })).statusCode).toBe(
      403,
    );
    expect(
      (await as(coordinator, 'POST', `/waves/${waveId}/links`, { perspective: 'staff' })).statusCode,
    ).toBe(410);
  });

  it('compares a later wave with the 0-meting per scale', async () => {
    const later = await closedWave(
      'followUp',
      Array.from({ length: 5 }, () => staffAnswers(5)),
      Array.from({ length: 5 }, () => staffAnswers(5)),
    );
    await as(coordinator, 'POST', `/waves/${later}/close`);
    const res = await as(coordinator, 'GET', `/waves/${later}/comparison`);
    expect(res.statusCode).toBe(200);
    const knowledge = res.json().rows.find((row: { scaleKey: string }) => row.scaleKey === 'knowledge');
    const scale = instrumentV1.scales.find((candidate) => candidate.key === 'knowledge');
    if (!scale) throw new Error('knowledge scale');
    expect(knowledge.later).toBe(
      summariseScale(Array.from({ length: 10 }, () => staffAnswers(5)) as never, scale, instrumentV1.items)
        .mean,
    );
    expect(knowledge.baseline).toEqual(expect.any(Number));
    expect(knowledge.difference).toBe(Math.round((knowledge.later - knowledge.baseline) * 10) / 10);
  });

  it('shows open answers shuffled and as plain text, only from ten responses', async () => {
    const text = (i: number) => staffAnswers(3, { openWhatHelps: `<b>antwoord ${i}</b>` });
    const few = await closedWave(
      'followUp',
      Array.from({ length: 5 }, (_, i) => text(i)),
      Array.from({ length: 4 }, (_, i) => text(i + 5)),
    );
    await as(coordinator, 'POST', `/waves/${few}/close`);
    expect((await as(coordinator, 'GET', `/waves/${few}/open-answers`)).json()).toEqual({
      visible: false,
      answers: [],
      removedOn: null,
    });
    const enough = await closedWave(
      'followUp',
      Array.from({ length: 5 }, (_, i) => text(i)),
      Array.from({ length: 5 }, (_, i) => text(i + 5)),
    );
    await as(coordinator, 'POST', `/waves/${enough}/close`);
    const res = (await as(coordinator, 'GET', `/waves/${enough}/open-answers`)).json();
    expect(res.visible).toBe(true);
    expect(res.answers).toHaveLength(10);
    expect(res.answers.map((a: { text: string }) => a.text).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `<b>antwoord ${i}</b>`).sort(),
    );
    expect(Object.keys(res.answers[0]).sort()).toEqual(['itemKey', 'text']);
  });

  it('takes a settled closed wave’s tallies as they are, without counting its responses again', async () => {
    const waveId = await closedWave(
      'followUp',
      Array.from({ length: 6 }, () => staffAnswers(4)),
      Array.from({ length: 6 }, () => staffAnswers(2)),
    );
    await as(coordinator, 'POST', `/waves/${waveId}/close`);
    await t.database.db.execute(
      sql`update measurement_waves set closed_at = now() - interval '2 minutes' where id = ${waveId}`,
    );
    const [wave] = await t.database.db.select().from(measurementWaves).where(eq(measurementWaves.id, waveId));
    if (!wave) throw new Error('no wave');
    // Reading its totals checks the tallies against the responses once and stores the totals.
    await withTenant(t.database.db, org.id, (tx) => closedWaveTotals(tx, wave));
    // From then on the responses are not counted again (one removed behind the app's back shows it).
    await t.database.db.execute(
      sql`delete from responses where id = (select id from responses where wave_id = ${waveId} limit 1)`,
    );
    const res = await as(coordinator, 'GET', `/waves/${waveId}/results?breakdown=none`);
    expect(res.json().results.total).toMatchObject({ visible: true, n: 12 });
  });

  it('erases the answers when their retention period has passed and keeps the figures, also after a team goes', async () => {
    const team = (await as(coordinator, 'POST', '/teams', { name: `Team Tijdelijk ${randomUUID()}` })).json();
    const wave = (
      await as(coordinator, 'POST', '/waves', {
        title: 'Oude meting',
        kind: 'baseline',
        opensOn: today(),
        closesOn: daysFromToday(10),
        perspectives: ['staff'],
      })
    ).json();
    for (const [teamId, score] of [
      [org.teams.a.id, 4],
      [team.id, 2],
    ] as const) {
      const { token } = (
        await as(coordinator, 'POST', `/waves/${wave.id}/links`, { perspective: 'staff', teamId })
      ).json();
      for (let i = 0; i < 6; i++) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/respond/submit',
          payload: {
            token,
            submissionKey: randomUUID(),
            answers: staffAnswers(score, { openWhatHelps: `antwoord ${i}` }),
          },
          remoteAddress: randomClientAddress(),
        });
        expect(res.statusCode).toBe(201);
      }
    }
    await as(coordinator, 'POST', `/waves/${wave.id}/close`);
    const results = async (breakdown: string) =>
      (await as(coordinator, 'GET', `/waves/${wave.id}/results?breakdown=${breakdown}`)).json().results;
    const before = await results('team');
    expect(before.total).toMatchObject({ visible: true, n: 12 });

    // Closed 400 days ago: past the default of 365 days.
    await t.database.db.execute(
      sql`update measurement_waves set closed_at = now() - interval '400 days' where id = ${wave.id}`,
    );
    const removed = await enforceRetention(t.database.db, defaultRetention);
    expect(removed.answers).toBeGreaterThanOrEqual(1);
    const stored = await queryRows(t.database, sql`select answers from responses where wave_id = ${wave.id}`);
    expect(stored).toHaveLength(12);
    expect(stored.every((row) => Object.keys(row.answers as object).length === 0)).toBe(true);

    expect(await results('team')).toEqual(before);
    expect((await as(coordinator, 'GET', `/waves/${wave.id}/open-answers`)).json()).toEqual({
      visible: false,
      answers: [],
      removedOn: today(),
    });

    // A team removed afterwards counts as "no team", as its responses do; the total stays.
    const deleted = await injectAs(t.app, coordinator, {
      method: 'DELETE',
      url: `/api/organisations/${org.id}/teams/${team.id}`,
    });
    expect(deleted.statusCode).toBe(204);
    const after = await results('team');
    expect(after.total).toEqual(before.total);
    const groups = Object.fromEntries(
      after.groups.map((g: { key: string; cell: { n?: number } }) => [g.key, g.cell.n]),
    );
    expect(groups).toMatchObject({ [org.teams.a.id]: 6, noTeam: 6 });
  });
});
