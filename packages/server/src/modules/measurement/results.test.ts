import { todayIso } from '@derde-bron/domain';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { orgClient, queryRows, staffAnswers, testDatabases } from '../../testing/index.ts';
import { measurementSuite } from '../../testing/suite.ts';
import { defaultRetention, enforceRetention } from '../operations/retention.ts';

describe.each(testDatabases)('measurement results on $name', ({ target }) => {
  const s = measurementSuite(target);

  /** A closed wave: the given answers through team A's and team B's shared links. */
  async function closedWave(kind: 'baseline' | 'followUp', teamA: object[], teamB: object[]) {
    const waveId = await s.m.planWave({ kind });
    for (const [teamId, list] of [
      [s.org.teams.a.id, teamA],
      [s.org.teams.b.id, teamB],
    ] as const) {
      const { token } = await s.m.groupWithLink(waveId, { teamId, headcount: Math.max(1, list.length) });
      for (const answers of list) await s.r.answer(token, answers);
    }
    await s.m.close(waveId);
    return waveId;
  }
  const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

  it('shows no scores while a wave is open, only participation', async () => {
    const waveId = await s.m.planWave({ kind: 'followUp' });
    const res = await s.m.as('GET', `/waves/${waveId}/results`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('pas als de meting is gesloten');
  });

  it('hides a team of four and the team whose rest it is, shows the total, and exports exactly that', async () => {
    const waveId = await closedWave(
      'baseline',
      many(8, () => staffAnswers(4)),
      many(4, () => staffAnswers(2)),
    );
    const { results, noiseScale } = await s.m.results(waveId, 'team');
    expect(noiseScale).toBe(2);
    expect(results.total).toMatchObject({ visible: true, n: 12, declared: 12, viaSharedLink: true });
    expect(results.total.scales.knowledge).toMatchObject({ n: 12, dontKnowShare: expect.any(Number) });
    expect(results.total.scales.knowledge.mean).toBeGreaterThanOrEqual(1);
    const byKey = Object.fromEntries(
      results.groups.map((g: { key: string; cell: unknown }) => [g.key, g.cell]),
    );
    expect(byKey[s.org.teams.b.id]).toEqual({ visible: false, reason: 'tooFew', declared: 4 });
    // Team A holds 8 of 12: showing it would show the other 4 as the rest.
    expect(byKey[s.org.teams.a.id]).toEqual({ visible: false, reason: 'restTooSmall', declared: 8 });

    // The export holds exactly what the screen shows, in Dutch words and Dutch Excel's dialect.
    const csv = await s.m.as('GET', `/waves/${waveId}/results.csv?breakdown=team`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="uitslagen.csv"/);
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Groep;Mensen in de groep;Antwoorden;Schaal;Met score;Gemiddelde;Weet ik niet (aandeel);Toelichting',
    );
    expect(lines.find((line) => line.startsWith('Team B;'))).toBe(
      'Team B;4;;;;;;Verborgen: te weinig antwoorden.',
    );
    expect(lines.find((line) => line.startsWith('Team A;'))).toBe(
      'Team A;8;;;;;;Verborgen: anders valt af te leiden wat de rest antwoordde.',
    );
    const kennis = lines.find((line) => line.startsWith('Hele organisatie;12;12;Kennis;'));
    expect(kennis).toBe(
      `Hele organisatie;12;12;Kennis;12;${String(results.total.scales.knowledge.mean).replace('.', ',')};${String(results.total.scales.knowledge.dontKnowShare).replace('.', ',')};"Antwoorden via een gedeelde link: wie de link heeft, kan vaker antwoorden."`,
    );
    const english = await s.injectAs(await s.sessionFor(s.org.members.coordinator.id), {
      method: 'GET',
      url: `/api/organisations/${s.org.id}/waves/${waveId}/results.csv?breakdown=team`,
      headers: { 'accept-language': 'en' },
    });
    expect(english.headers['content-disposition']).toMatch(/^attachment; filename="results.csv"/);
    expect(english.body).toContain('Group,People in the group,Responses,Scale');
    expect(english.body).toContain('Whole organisation,12,12,Knowledge,');

    // And the spreadsheet holds the same rows as the CSV.
    const xlsx = await s.m.as('GET', `/waves/${waveId}/results.xlsx?breakdown=team`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheetLines: string[] = [];
    workbook.worksheets[0]?.eachRow({ includeEmpty: false }, (row) => {
      // Written back in the Dutch CSV dialect: numbers with a decimal comma, texts with a comma quoted.
      const cell = (value: unknown) =>
        typeof value === 'number'
          ? String(value).replace('.', ',')
          : /[,;]/.test(String(value ?? ''))
            ? `"${value}"`
            : String(value ?? '');
      sheetLines.push(Array.from({ length: 8 }, (_, i) => cell(row.getCell(i + 1).value)).join(';'));
    });
    expect(sheetLines).toEqual(lines);
  });

  it('gives a team manager only their own team, from the same published results', async () => {
    const waveId = await closedWave(
      'followUp',
      many(6, () => staffAnswers(5)),
      many(6, () => staffAnswers(1)),
    );
    const manager = await s.sessionFor(s.org.members.team_manager.id);
    const as = orgClient(s.t.app, s.org.id).as(manager);
    const { results } = (await as('GET', `/waves/${waveId}/results?breakdown=perspective`)).json();
    expect(results.total).toBeNull();
    expect(results.groups.map((g: { key: string }) => g.key)).toEqual([s.org.teams.a.id]);
    expect(results.groups[0].cell).toMatchObject({ visible: true, n: 6 });
    const team = (await s.m.results(waveId, 'team')).results.groups.find(
      (g: { key: string }) => g.key === s.org.teams.a.id,
    );
    expect(results.groups[0].cell).toEqual(team.cell);
    const expert = await s.sessionFor(s.org.members.expert.id);
    expect(
      (
        await s.injectAs(expert, {
          method: 'GET',
          url: `/api/organisations/${s.org.id}/waves/${waveId}/results`,
        })
      ).statusCode,
    ).toBe(403);
    const listed = (await as('GET', '/waves')).json().waves;
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((wave: { status: string }) => wave.status === 'closed')).toBe(true);
    expect(
      (await as('POST', `/waves/${waveId}/groups`, { perspective: 'staff', headcount: 5 })).statusCode,
    ).toBe(403);
    expect(
      (await s.m.as('POST', `/waves/${waveId}/groups`, { perspective: 'staff', headcount: 5 })).statusCode,
    ).toBe(410);
  });

  it('compares a later wave with the 0-meting per perspective and scale, from both published results', async () => {
    const later = await closedWave(
      'followUp',
      many(5, () => staffAnswers(5)),
      many(5, () => staffAnswers(5)),
    );
    const res = await s.m.as('GET', `/waves/${later}/comparison`);
    expect(res.statusCode).toBe(200);
    const knowledge = res
      .json()
      .rows.find(
        (row: { kind: string; key: string; perspective: string }) =>
          row.kind === 'scale' && row.key === 'knowledge' && row.perspective === 'staff',
      );
    const published = (await s.m.results(later, 'perspective')).results.groups.find(
      (g: { key: string }) => g.key === 'staff',
    ).cell.scales.knowledge.mean;
    expect(knowledge.later).toBe(published);
    expect(knowledge.baseline).toEqual(expect.any(Number));
    expect(knowledge.difference).toBe(Math.round((knowledge.later - knowledge.baseline) * 10) / 10);
  });

  it('shows open answers shuffled and as plain text, only from ten invitation responses', async () => {
    const invited = async (n: number) => {
      const waveId = await s.m.planWave({ kind: 'followUp' });
      const groupId = await s.m.declareGroup(waveId, { headcount: n });
      const emails = many(n, (i) => `open${i}.${waveId.slice(0, 6)}@example.org`);
      await s.m.as('POST', `/waves/${waveId}/invitations`, { groupId, emails });
      for (const [i, address] of emails.entries()) {
        const mail = s.t.mails.find((candidate) => candidate.to === address);
        const token = mail?.text.match(/vragenlijst#([A-Za-z0-9_-]{43})/)?.[1] ?? '';
        await s.r.answer(token, staffAnswers(3, { openWhatHelps: `<b>antwoord ${i}</b>` }));
      }
      await s.m.close(waveId);
      return waveId;
    };
    const few = await invited(9);
    expect((await s.m.as('GET', `/waves/${few}/open-answers`)).json()).toEqual({
      visible: false,
      answers: [],
      removedOn: null,
    });
    expect((await s.m.results(few)).openAnswersVisible).toBe(false);
    const enough = await invited(10);
    const res = (await s.m.as('GET', `/waves/${enough}/open-answers`)).json();
    expect(res.visible).toBe(true);
    expect(res.answers.map((a: { text: string }) => a.text).sort()).toEqual(
      many(10, (i) => `<b>antwoord ${i}</b>`).sort(),
    );
    expect(Object.keys(res.answers[0]).sort()).toEqual(['itemKey', 'text']);
  });

  it('erases the answers when their retention period has passed; the published results stay as they were', async () => {
    const waveId = await closedWave(
      'followUp',
      many(6, () => staffAnswers(4)),
      many(6, () => staffAnswers(2)),
    );
    const before = await s.m.results(waveId, 'team');
    // Closed 400 days ago: past the default of 365 days.
    await s.t.database.db.execute(
      sql`update measurement_waves set closed_at = now() - interval '400 days' where id = ${waveId}`,
    );
    const removed = await enforceRetention(s.t.database.db, defaultRetention);
    expect(removed.answers).toBeGreaterThanOrEqual(1);
    expect(
      await queryRows(s.t.database, sql`select id from responses where wave_id = ${waveId}`),
    ).toHaveLength(0);
    expect(await s.m.results(waveId, 'team')).toEqual(before);
    expect((await s.m.as('GET', `/waves/${waveId}/open-answers`)).json()).toEqual({
      visible: false,
      answers: [],
      removedOn: todayIso(),
    });
  });
});
