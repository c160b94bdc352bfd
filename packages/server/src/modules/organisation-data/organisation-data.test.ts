import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedClosedWave, seedRoadmapProgress } from '../../seed/network-data.ts';
import { orgClient, queryRows, type TestSession, testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';

describe.each(testDatabases)('organisation data export and deletion on $name', ({ target }) => {
  const s = organisationSuite(target, { label: 'Export' });
  beforeAll(async () => {
    await seedRoadmapProgress(s.t.database.db, s.org.id, { done: 1 });
    await seedClosedWave(s.t.database.db, s.t.secretBox, s.org.id, {
      title: '0-meting export',
      kind: 'baseline',
      opensOn: '2026-01-01',
      closesOn: '2026-01-31',
      count: 6,
      values: [4],
    });
  });

  const get = (session: TestSession, file: string) =>
    orgClient(s.t.app, s.org.id)(session, 'GET', `/${file}`);

  it('exports everything as JSON, with results but never single responses', async () => {
    const res = await get(s.as.org_admin, 'export.json');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.format).toBe('derde-bron-organisation-export');
    expect(body.tables.organisation[0].name).toBe(s.org.name);
    expect(body.tables.members.map((m: { email: string }) => m.email)).toContain(s.org.members.expert.email);
    expect(body.tables.roadmapItems.length).toBeGreaterThan(10);
    expect(
      body.tables.measurementResults.find((r: { scaleKey: string }) => r.scaleKey === 'knowledge'),
    ).toMatchObject({
      // As the results page shows it: the published mean, with its small fixed noise.
      mean: Number(
        (
          await queryRows(
            s.t.database,
            sql`select published #> '{groups,0,scales,knowledge,mean}' as mean from measurement_waves where org_id = ${s.org.id}`,
          )
        )[0]?.mean,
      ),
      respondents: 6,
      shown: true,
    });
    expect(Object.keys(body.tables)).not.toContain('responses');
    expect(Object.keys(body.tables)).toEqual(
      expect.arrayContaining(['registryPeople', 'registryLogs', 'activities', 'activityReach']),
    );
  });

  it('exports the same tables as XLSX (one sheet each) and CSV', async () => {
    const xlsx = await get(s.as.org_admin, 'export.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['organisation', 'roadmapItems', 'measurementResults']),
    );
    const csv = await get(s.as.org_admin, 'export.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('# roadmapGoals');
    expect(csv.body).toContain(s.org.name);
  });

  it('refuses an export to a role without the right, and logs the refusal', async () => {
    const coordinator = await s.sessionFor(s.org.members.coordinator.id);
    expect((await get(coordinator, 'export.json')).statusCode).toBe(403);
    const logged = await queryRows(
      s.t.database,
      sql`select details from audit_log where org_id = ${s.org.id} and action = 'data.exportRefused'`,
    );
    expect(logged).toEqual([{ details: { role: 'coordinator' } }]);
    const exported = await queryRows(
      s.t.database,
      sql`select details from audit_log where org_id = ${s.org.id} and action = 'data.exported'`,
    );
    expect(exported.length).toBeGreaterThanOrEqual(3);
  });

  it('deletes nothing without the exact name, then everything with it, and logs it', async () => {
    const wrong = await s.api(s.as.org_admin, 'DELETE', '/data', { confirmation: 'Export' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toContain('De naam klopt niet');
    const coordinator = await s.sessionFor(s.org.members.coordinator.id);
    const refused = await s.api(coordinator, 'DELETE', '/data', { confirmation: s.org.name });
    expect(refused.statusCode).toBe(403);
    expect(
      await queryRows(s.t.database, sql`select id from organisations where id = ${s.org.id}`),
    ).toHaveLength(1);

    const res = await s.api(s.as.org_admin, 'DELETE', '/data', { confirmation: s.org.name });
    expect(res.statusCode).toBe(200);
    for (const table of ['organisations', 'responses', 'roadmap_items', 'measurement_waves', 'memberships']) {
      const column = table === 'organisations' ? 'id' : 'org_id';
      expect(
        await queryRows(
          s.t.database,
          sql`select 1 from ${sql.identifier(table)} where ${sql.identifier(column)} = ${s.org.id}`,
        ),
        table,
      ).toHaveLength(0);
    }
    expect(
      await queryRows(s.t.database, sql`select id from users where email = ${s.org.members.expert.email}`),
    ).toHaveLength(0);
    const logged = await queryRows(
      s.t.database,
      sql`select org_id, details from audit_log where action = 'data.deleted' and target_id = ${s.org.id}`,
    );
    expect(logged).toEqual([{ org_id: null, details: { members: 4 } }]);
  });
});
