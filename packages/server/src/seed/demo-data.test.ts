import { buildNetworkSection } from '@derde-bron/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkSections } from '../app.ts';
import { loadNetworkInputs } from '../modules/network/sections.ts';
import { buildTestApp, queryRows, type TestApp } from '../testing/index.ts';
import { seedDemoData } from './demo-data.ts';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ memory: true });
  });
  afterAll(() => t.close());

  it('makes six organisations whose roadmaps and closed waves fill the network figures, registries for the two demo ones, once', async () => {
    const printed = await seedDemoData(t.database.db, t.secretBox);
    expect(printed).toContain('org_admin · Vrouwenopvang Noord (demo)');
    const sections = (await loadNetworkInputs(t.database.db, networkSections)).map((input) =>
      buildNetworkSection(input),
    );
    const metrics = sections.flatMap((s) => s.metrics);
    expect(metrics.find((m) => m.key === 'overallProgress')?.figure).toMatchObject({
      withheld: false,
      organisations: 6,
    });
    expect(metrics.find((m) => m.key === 'scale.knowledge')?.trend.map((p) => p.figure.withheld)).toEqual([
      false,
      false,
    ]);

    const rows = await queryRows(
      t.database,
      sql`select (select count(*) from registry_people p where p.org_id = o.id) as people,
            (select count(*) from registry_people p where p.org_id = o.id and p.membership_id is not null) as linked,
            (select count(*) from activities a where a.org_id = o.id) as activities,
            (select count(*) from activity_reach r where r.org_id = o.id) as reach,
            (select count(*) from activity_reach r where r.org_id = o.id and r.partners > 0) as partners_reached,
            (select count(*) from formation_plans f where f.org_id = o.id) as plans
          from organisations o order by o.name`,
    );
    // The two organisations with demo accounts have a registry; the four network members do not.
    const counts = rows.map((row) => [
      Number(row.people),
      Number(row.linked),
      Number(row.activities),
      Number(row.reach),
      Number(row.plans),
    ]);
    // Six activities (two of phases 1–2) with four quarters each, and a formation plan.
    expect(counts.filter(([people]) => people !== 0)).toEqual([
      [4, 1, 6, 24, 1],
      [4, 1, 6, 24, 1],
    ]);
    // Reach of the whole system: (ex-)partners are among those reached.
    expect(rows.filter((row) => Number(row.partners_reached) > 0)).toHaveLength(2);
    expect(await seedDemoData(t.database.db, t.secretBox)).toBeNull();
  });
});
