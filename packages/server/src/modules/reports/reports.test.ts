import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedClosedWave, seedRoadmapProgress } from '../../seed/network-data.ts';
import {
  buildTestApp,
  injectAs,
  queryRows,
  type SeededOrganisation,
  seedNetworkAdmin,
  seedTestOrganisation,
  sessionFor,
  type TestApp,
  type TestSession,
  testDatabases,
} from '../../testing/index.ts';
import { createInFlight } from './pdf.ts';

/** The text of a PDF, through poppler's pdftotext, as a reader would copy it. */
function pdfText(body: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'report-')), 'report.pdf');
  writeFileSync(file, body);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('createInFlight', () => {
  it('runs one generation for the same key asked twice while it runs, and a new one afterwards', async () => {
    const inFlight = createInFlight<number>();
    let runs = 0;
    const work = async () => {
      runs += 1;
      await new Promise((resolve) => setImmediate(resolve));
      return runs;
    };
    const [first, second] = await Promise.all([inFlight.run('a', work), inFlight.run('a', work)]);
    expect([first, second, runs]).toEqual([1, 1, 1]);
    expect(await inFlight.run('a', work)).toBe(2);
    expect(inFlight.size).toBe(0);
  });
});

describe.each(testDatabases)('reports on $name', ({ target }) => {
  let t: TestApp;
  let org: SeededOrganisation;
  let empty: SeededOrganisation;
  let admin: TestSession;
  beforeAll(async () => {
    t = await buildTestApp(target);
    org = await seedTestOrganisation(t, 'Rapport');
    empty = await seedTestOrganisation(t, 'Leeg');
    await seedRoadmapProgress(t.database.db, org.id, { done: 2, inProgress: 1 });
    await seedClosedWave(t.database.db, org.id, {
      title: 'Nulmeting 2025',
      kind: 'baseline',
      opensOn: '2025-03-01',
      closesOn: '2025-03-31',
      count: 8,
      values: [3],
    });
    await seedClosedWave(t.database.db, org.id, {
      title: 'Tweede meting 2026',
      kind: 'followUp',
      opensOn: '2026-03-01',
      closesOn: '2026-03-31',
      count: 8,
      values: [4],
    });
    await seedClosedWave(t.database.db, org.id, {
      title: 'Kleine meting',
      kind: 'followUp',
      opensOn: '2026-04-01',
      closesOn: '2026-04-30',
      count: 3,
      values: [5],
    });
    admin = await sessionFor(t.app, org.members.org_admin.id);
    // A registry of two, and an activity with its reach in 2026.
    const post = (url: string, payload: object) =>
      injectAs(t.app, admin, { method: 'POST', url: `/api/organisations/${org.id}${url}`, payload });
    for (const name of ['Ervaringsdeskundige A', 'Ervaringsdeskundige B'])
      expect(
        (
          await post('/registry/people', {
            name,
            kind: 'expert',
            levels: ['practice'],
            phases: ['recovery'],
            employment: 'paid',
          })
        ).statusCode,
      ).toBe(201);
    const activity = await post('/activities', { activityKey: 'walkingGroups', phases: ['recovery'] });
    expect(activity.statusCode).toBe(201);
    expect(
      (await post(`/activities/${activity.json().id}/reach`, { quarter: '2026-Q1', participants: 14 }))
        .statusCode,
    ).toBeLessThan(300);
  });
  afterAll(() => t.close());

  const report = (session: TestSession, orgId: string, query: string) =>
    injectAs(t.app, session, {
      method: 'GET',
      url: `/api/organisations/${orgId}/reports/implementation.pdf?${query}`,
    });

  it('makes the board report in Dutch with the roadmap, the measurements and their numbers', async () => {
    const res = await report(admin, org.id, 'variant=board&locale=nl');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Rapportage ervaringsdeskundigheid');
    expect(text).toContain(org.name);
    expect(text).toContain('Stand van het afwegingskader');
    expect(text).toContain('Advies stap 3');
    expect(text).toContain('Nulmeting 2025');
    expect(text).toMatch(/Kennis\s+3\s+8/);
    expect(text).toMatch(/Kennis\s+3\s+4\s+\+1/);
    // The wave of three respondents shows no scores, as on screen.
    expect(text).toContain('Te weinig deelnemers');
    // The registry as counts: two people, the activity with its 14 participants, no names.
    expect(text).toContain('Register en activiteiten');
    expect(text).toContain('2 mensen brengen ervaringskennis in');
    expect(text).toMatch(/Activiteiten en bereik[\s\S]*14/);
    expect(text).not.toContain('Ervaringsdeskundige A');
  });

  it('maps the phases to Keurmerk indicators 1–3 in the audit view, in English', async () => {
    const text = pdfText((await report(admin, org.id, 'variant=audit&locale=en')).rawPayload);
    expect(text).toContain('Indicator 1: Working together for safety');
    expect(text).toContain('Indicator 3:');
    expect(text).toContain('State of the assessment framework');
  });

  it('says clearly when the period holds no data', async () => {
    const res = await report(admin, org.id, 'variant=board&year=2019');
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toContain('Voor deze periode is er niets vastgelegd');
    const none = await report(
      await sessionFor(t.app, empty.members.org_admin.id),
      empty.id,
      'variant=councils',
    );
    expect(none.statusCode).toBe(404);
  });

  it('logs each report and refuses roles without the right and bad variants', async () => {
    await report(admin, org.id, 'variant=municipality');
    const logged = await queryRows(
      t.database,
      sql`select details from audit_log where org_id = ${org.id} and action = 'report.generated'`,
    );
    expect(logged.length).toBeGreaterThan(0);
    const expert = await sessionFor(t.app, org.members.expert.id);
    expect((await report(expert, org.id, 'variant=board')).statusCode).toBe(403);
    expect((await report(admin, org.id, 'variant=pers')).statusCode).toBe(400);
  });

  it('makes the network report for the network admin only', async () => {
    const networkAdmin = await sessionFor(t.app, (await seedNetworkAdmin(t)).id);
    const res = await injectAs(t.app, networkAdmin, {
      method: 'GET',
      url: '/api/network/report.pdf?locale=nl',
    });
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Netwerkrapportage ervaringsdeskundigheid');
    expect(text).not.toContain(org.name);
    expect((await injectAs(t.app, admin, { method: 'GET', url: '/api/network/report.pdf' })).statusCode).toBe(
      403,
    );
  });
});
