import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, queryRows, type TestApp } from '../testing/index.ts';
import { seedDemoData } from './demo-data.ts';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ memory: true });
  });
  afterAll(() => t.close());

  it('fills a registry and activities for each demo organisation, once', async () => {
    expect(await seedDemoData(t.database.db, t.secretBox)).toContain('Demo data made');
    const rows = await queryRows(
      t.database,
      sql`select o.name, (select count(*) from registry_people p where p.org_id = o.id) as people,
            (select count(*) from registry_people p where p.org_id = o.id and p.membership_id is not null) as linked,
            (select count(*) from activities a where a.org_id = o.id) as activities,
            (select count(*) from activity_reach r where r.org_id = o.id) as reach
          from organisations o order by o.name`,
    );
    expect(
      rows.map((row) => [Number(row.people), Number(row.linked), Number(row.activities), Number(row.reach)]),
    ).toEqual([
      [4, 1, 4, 16],
      [4, 1, 4, 16],
    ]);
    expect(await seedDemoData(t.database.db, t.secretBox)).toBeNull();
  });
});
