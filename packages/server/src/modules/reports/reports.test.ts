import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createInProcessJobs, type JobData, type Jobs } from '../../jobs/jobs.ts';
import { seedClosedWave, seedRoadmapProgress } from '../../seed/network-data.ts';
import {
  buildTestApp,
  daysFromToday,
  injectAs,
  pdfText,
  queryRows,
  seedNetworkAdmin,
  sessionFor,
  type TestSession,
  testDatabases,
} from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';

describe.each(testDatabases)('reports on $name', ({ target }) => {
  const s = organisationSuite(target, { label: 'Rapport', other: 'Leeg' });
  beforeAll(async () => {
    await seedRoadmapProgress(s.t.database.db, s.org.id, { done: 2, inProgress: 1 });
    await seedClosedWave(s.t.database.db, s.t.secretBox, s.org.id, {
      title: 'Nulmeting 2025',
      kind: 'baseline',
      opensOn: '2025-03-01',
      closesOn: '2025-03-31',
      count: 8,
      values: [3],
    });
    await seedClosedWave(s.t.database.db, s.t.secretBox, s.org.id, {
      title: 'Tweede meting 2026',
      kind: 'followUp',
      opensOn: '2026-03-01',
      closesOn: '2026-03-31',
      count: 8,
      values: [4],
    });
    await seedClosedWave(s.t.database.db, s.t.secretBox, s.org.id, {
      title: 'Kleine meting',
      kind: 'followUp',
      opensOn: '2026-04-01',
      closesOn: '2026-04-30',
      count: 3,
      values: [5],
    });
    // A registry of two, and an activity with its reach in 2026.
    const post = (url: string, payload: object) =>
      s.injectAs(s.as.org_admin, {
        method: 'POST',
        url: `/api/organisations/${s.org.id}${url}`,
        payload,
      });
    for (const name of ['Ervaringsdeskundige A', 'Ervaringsdeskundige B'])
      expect(
        (
          await post('/registry/people', {
            name,
            kind: 'expert',
            trainingRecognised: true,
            levels: ['practice'],
            phases: ['recovery'],
            employment: 'paid',
          })
        ).statusCode,
      ).toBe(201);
    const activity = await post('/activities', { activityKey: 'walkingGroups', phases: ['recovery'] });
    expect(activity.statusCode).toBe(201);
    expect(
      (
        await post(`/activities/${activity.json().id}/reach`, {
          quarter: '2026-Q1',
          adults: 10,
          children: 4,
          partners: 0,
          network: 0,
        })
      ).statusCode,
    ).toBeLessThan(300);
    // A formation plan: a target the registry half fills, and a subsidy ending within six months.
    const plan = await s.injectAs(s.as.org_admin, {
      method: 'PATCH',
      url: `/api/organisations/${s.org.id}/registry/formation`,
      payload: {
        version: 1,
        hoursPerFte: 36,
        targets: [{ level: 'practice', phase: 'recovery', role: null, people: 4, fte: 2.5 }],
        budget: [
          {
            source: 'subsidy',
            label: 'Fonds Herstel',
            amount: 12500,
            startsOn: daysFromToday(-100),
            endsOn: daysFromToday(30),
          },
        ],
      },
    });
    expect(plan.statusCode).toBe(200);
  });

  const base = (orgId: string) => `/api/organisations/${orgId}/reports`;

  /** Asks for a report and answers its status once the job ran (the test app runs jobs at once). */
  async function ask(session: TestSession, orgId: string, body: object, app = s.t.app) {
    const asked = await injectAs(app, session, { method: 'POST', url: base(orgId), payload: body });
    if (asked.statusCode !== 202) return { asked, report: null };
    const list = await injectAs(app, session, { method: 'GET', url: base(orgId) });
    const report = list.json().reports.find((r: { id: string }) => r.id === asked.json().id);
    return { asked, report };
  }

  const download = (session: TestSession, orgId: string, reportId: string) =>
    s.injectAs(session, { method: 'GET', url: `${base(orgId)}/${reportId}/pdf` });

  async function reportText(body: object) {
    const { asked, report } = await ask(s.as.org_admin, s.org.id, body);
    expect(asked.statusCode).toBe(202);
    expect(asked.json()).toMatchObject({ status: 'queued', finishedAt: null });
    expect(report).toMatchObject({ status: 'ready', message: null });
    const res = await download(s.as.org_admin, s.org.id, report.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('attachment');
    return pdfText(res.rawPayload);
  }

  it('makes the board report in Dutch with the roadmap, the measurements and their numbers', async () => {
    const text = await reportText({ variant: 'board', locale: 'nl' });
    expect(text).toContain('Rapportage ervaringsdeskundigheid');
    expect(text).toContain(s.org.name);
    expect(text).toContain('Stand van het afwegingskader');
    expect(text).toContain('Advies stap 3');
    // The honest stage words, and each advice fact with its source.
    expect(text).toContain('De stand van de organisatie:');
    expect(text).toContain('Punt 2.1 Visie');
    expect(text).toContain('Er is nog niemand aangesteld');
    expect(text).not.toMatch(/Geborgd|Verkennend|In ontwikkeling/);
    expect(text).toContain('Nulmeting 2025');
    // The published means (with their small fixed noise), written the Dutch way.
    const means = (
      await queryRows(
        s.t.database,
        sql`select published #> '{groups,0,scales,knowledge,mean}' as mean from measurement_waves where org_id = ${s.org.id} and title <> 'Kleine meting' order by opens_on`,
      )
    ).map((row) => Number(row.mean));
    const dutch = (value: number) => String(value).replace('.', ',');
    const [before = 0, after = 0] = means;
    const line = (...cells: string[]) =>
      new RegExp(`Kennis\\s+${cells.map((c) => c.replace('+', '\\+')).join('\\s+')}\\s`);
    expect(text).toMatch(line(dutch(before), '8'));
    const difference = Math.round((after - before) * 10) / 10;
    expect(text).toMatch(
      line(dutch(before), dutch(after), `${difference > 0 ? '+' : ''}${dutch(difference)}`),
    );
    // Like for like: per group that took part in both waves.
    expect(text).toMatch(/alleen groepen die aan\s+allebei meededen/);
    expect(text).toMatch(/Medewerkers\s+Kennis/);
    expect(text).toContain('gesloten 31 maart 2025');
    // The wave of three respondents shows no scores, as on screen.
    expect(text).toContain('Te weinig deelnemers');
    // The registry as counts: two people, the activity with its 14 participants, no names.
    expect(text).toContain('Register en activiteiten');
    expect(text).toContain('2 mensen brengen ervaringskennis in');
    expect(text).toMatch(/Activiteiten en bereik[\s\S]*14/);
    expect(text).not.toContain('Ervaringsdeskundige A');
    // The formation plan: target against actual, the budget by source, the 2030 aim in the guide's words.
    expect(text).toContain('Formatieplan: doel en werkelijkheid');
    expect(text).toMatch(
      /op alle\s+organisatieniveaus\s+vertegenwoordigd,\s+zowel\s+horizontaal\s+als\s+verticaal/,
    );
    expect(text).toMatch(/Uitvoering\s+Samenwerken[\s\S]*?Elke rol\s+4 \/ 2,5\s+2 \/ 0\s+2 \/ 2,5/);
    expect(text).toMatch(/Subsidie\s+€\s?12\.500,00/);
    expect(text).toMatch(/Budget dat binnen 6 maanden stopt[\s\S]*Fonds Herstel/);
  });

  it('maps the phases to Keurmerk indicators 1–3 in the audit view, in English', async () => {
    const text = await reportText({ variant: 'audit', locale: 'en' });
    expect(text).toContain('Indicator 1: Working together for safety');
    expect(text).toContain('Indicator 3:');
    expect(text).toContain('State of the assessment framework');
  });

  it('says clearly when the period holds no data', async () => {
    const { report } = await ask(s.as.org_admin, s.org.id, { variant: 'board', year: 2019 });
    expect(report).toMatchObject({ status: 'empty', year: 2019 });
    expect(report.message).toContain('Voor deze periode is er niets vastgelegd');
    const res = await download(s.as.org_admin, s.org.id, report.id);
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toContain('Voor deze periode is er niets vastgelegd');
    const emptyAdmin = await s.sessionFor(s.other.members.org_admin.id);
    expect((await ask(emptyAdmin, s.other.id, { variant: 'councils' })).report).toMatchObject({
      status: 'empty',
    });
  });

  it('logs each report and refuses roles without the right, bad variants and unknown fields', async () => {
    await ask(s.as.org_admin, s.org.id, { variant: 'municipality' });
    const logged = await queryRows(
      s.t.database,
      sql`select details from audit_log where org_id = ${s.org.id} and action = 'report.generated'`,
    );
    expect(logged.map((row) => row.details)).toContainEqual({
      variant: 'municipality',
      locale: 'nl',
      year: null,
    });
    const expert = await s.sessionFor(s.org.members.expert.id);
    expect((await ask(expert, s.org.id, { variant: 'board' })).asked.statusCode).toBe(403);
    expect((await s.injectAs(expert, { method: 'GET', url: base(s.org.id) })).statusCode).toBe(403);
    expect((await ask(s.as.org_admin, s.org.id, { variant: 'pers' })).asked.statusCode).toBe(400);
    expect((await ask(s.as.org_admin, s.org.id, { variant: 'board', members: true })).asked.statusCode).toBe(
      400,
    );
  });

  it('keeps each organisation to its own reports', async () => {
    const { report } = await ask(s.as.org_admin, s.org.id, { variant: 'board' });
    const emptyAdmin = await s.sessionFor(s.other.members.org_admin.id);
    expect((await download(emptyAdmin, s.other.id, report.id)).statusCode).toBe(404);
    const theirs = await s.injectAs(emptyAdmin, { method: 'GET', url: base(s.other.id) });
    expect(theirs.json().reports.map((r: { id: string }) => r.id)).not.toContain(report.id);
  });

  it('makes a report asked for twice while it is being made only once, through the queue of another instance', async () => {
    // The queue holds the jobs until both requests are answered: the second surely comes while the
    // first report is still being made.
    const runner = createInProcessJobs();
    const held: Array<[string, JobData]> = [];
    const jobs: Jobs = {
      ...runner,
      async send(name, data) {
        held.push([name, data]);
      },
    };
    const other = await buildTestApp(target, { database: s.t.database, jobs });
    const session = await sessionFor(other.app, s.org.members.org_admin.id);
    const body = { variant: 'councils', locale: 'en', year: 2026 };
    const [first, second] = await Promise.all([
      injectAs(other.app, session, { method: 'POST', url: base(s.org.id), payload: body }),
      injectAs(other.app, session, { method: 'POST', url: base(s.org.id), payload: body }),
    ]);
    expect([first.statusCode, second.statusCode]).toEqual([202, 202]);
    expect(second.json().id).toBe(first.json().id);
    expect(held.filter(([name]) => name === 'report')).toEqual([['report', { reportId: first.json().id }]]);
    for (const [name, data] of held) await runner.send(name, data);
    await runner.idle();
    const list = (await injectAs(other.app, session, { method: 'GET', url: base(s.org.id) })).json().reports;
    expect(list.find((r: { id: string }) => r.id === first.json().id)).toMatchObject({ status: 'ready' });
    // Asked again once it was made: a new report.
    const again = await injectAs(other.app, session, { method: 'POST', url: base(s.org.id), payload: body });
    expect(again.json().id).not.toBe(first.json().id);
    await other.close();
  });

  it('gives up on a report whose job was lost, and makes it again when asked', async () => {
    const [lost] = await queryRows(
      s.t.database,
      sql`insert into reports (org_id, kind, variant, locale, same_as, created_at)
          values (${s.org.id}, 'implementation', 'board', 'en', 'implementation:board:en:', now() - interval '11 minutes')
          returning id`,
    );
    // The list shows it failed at once, so that the page stops waiting for it.
    const before = (await s.injectAs(s.as.org_admin, { method: 'GET', url: base(s.org.id) })).json().reports;
    expect(before.find((r: { id: string }) => r.id === lost?.id)).toMatchObject({
      status: 'failed',
      message: 'Dit rapport kon niet worden gemaakt. Vraag het opnieuw aan.',
    });
    const { report } = await ask(s.as.org_admin, s.org.id, { variant: 'board', locale: 'en' });
    expect(report).toMatchObject({ status: 'ready' });
    expect(report.id).not.toBe(lost?.id);
    const list = (await s.injectAs(s.as.org_admin, { method: 'GET', url: base(s.org.id) })).json().reports;
    expect(list.find((r: { id: string }) => r.id === lost?.id)).toMatchObject({ status: 'failed' });
  });

  it('makes the network report for the network admin only', async () => {
    const networkAdmin = await s.sessionFor((await seedNetworkAdmin(s.t)).id);
    const asked = await s.injectAs(networkAdmin, {
      method: 'POST',
      url: '/api/network/reports',
      payload: { locale: 'nl' },
    });
    expect(asked.statusCode).toBe(202);
    const list = (await s.injectAs(networkAdmin, { method: 'GET', url: '/api/network/reports' })).json();
    expect(list.reports[0]).toMatchObject({ id: asked.json().id, status: 'ready' });
    const res = await s.injectAs(networkAdmin, {
      method: 'GET',
      url: `/api/network/reports/${asked.json().id}/pdf`,
    });
    expect(res.statusCode).toBe(200);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Netwerkrapportage ervaringsdeskundigheid');
    expect(text).not.toContain(s.org.name);
    expect(
      (await s.injectAs(s.as.org_admin, { method: 'POST', url: '/api/network/reports', payload: {} }))
        .statusCode,
    ).toBe(403);
    expect(
      (await s.injectAs(s.as.org_admin, { method: 'GET', url: '/api/network/reports' })).statusCode,
    ).toBe(403);
    // The network report is not among an organisation's reports.
    const own = (await s.injectAs(s.as.org_admin, { method: 'GET', url: base(s.org.id) })).json().reports;
    expect(own.map((r: { id: string }) => r.id)).not.toContain(asked.json().id);
  });
});
