import { aggregateFigure, buildNetworkSection, compareSection, type LikertValue } from '@derde-bron/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkSections } from '../../app.ts';
import { measurementWaves } from '../../db/schema.ts';
import { seedClosedWave, seedRoadmapProgress } from '../../seed/network-data.ts';
import {
  buildTestApp,
  injectAs,
  ownerRows,
  queryRows,
  retakeNetworkSnapshot,
  type SeededOrganisation,
  seedNetworkAdmin,
  seedTestOrganisation,
  sessionFor,
  type TestApp,
  type TestSession,
  testDatabases,
} from '../../testing/index.ts';
import { publishedTotals } from '../measurement/published-totals.ts';
import { loadNetworkInputs } from './sections.ts';

describe.each(testDatabases)('network benchmark on $name', ({ target }) => {
  let t: TestApp;
  let orgs: SeededOrganisation[];
  let networkAdmin: TestSession;
  // Six organisations: roadmap steps done 0..5 items each, and a closed wave of six responses whose
  // knowledge mean is 2..4.5 (the last one's wave has only four responses: hidden, as on its own page).
  const values: LikertValue[][] = [[2], [2, 3], [3], [3, 4], [4], [4, 5]];

  beforeAll(async () => {
    t = await buildTestApp(target);
    orgs = [];
    for (let i = 0; i < 6; i++) {
      const org = await seedTestOrganisation(t, `Netwerk${i}`);
      orgs.push(org);
      await seedRoadmapProgress(t.database.db, org.id, {
        done: i,
        changedAt: new Date('2025-06-01T10:00:00Z'),
      });
      await seedClosedWave(t.database.db, t.secretBox, org.id, {
        title: '0-meting',
        kind: 'baseline',
        opensOn: '2025-09-01',
        closesOn: '2025-09-30',
        count: i === 5 ? 4 : 6,
        values: values[i] as LikertValue[],
      });
    }
    // Registries: organisation i has i + 1 experts; the sixth has no registry and counts for nothing there.
    for (let i = 0; i < 5; i++) {
      const org = orgs[i] as SeededOrganisation;
      const admin = await sessionFor(t.app, org.members.org_admin.id);
      for (let j = 0; j <= i; j++) {
        const res = await injectAs(t.app, admin, {
          method: 'POST',
          url: `/api/organisations/${org.id}/registry/people`,
          payload: {
            name: `Expert ${j}`,
            kind: 'expert',
            trainingRecognised: true,
            levels: ['practice'],
            employment: 'paid',
          },
        });
        expect(res.statusCode).toBe(201);
      }
    }
    networkAdmin = await sessionFor(t.app, (await seedNetworkAdmin(t)).id);
  });
  afterAll(() => t.close());

  const members = (optedOut: number[] = [], only = [0, 1, 2, 3, 4, 5]) =>
    only.map((i) => ({ orgId: (orgs[i] as SeededOrganisation).id, optedOut: optedOut.includes(i) }));
  const metric = (sections: ReturnType<typeof buildNetworkSection>[], key: string) =>
    sections.flatMap((s) => s.metrics).find((m) => m.key === key);

  /** Each organisation's published knowledge mean, as its own results page shows it. */
  async function publishedKnowledge(i: number) {
    const [wave] = await t.database.db
      .select()
      .from(measurementWaves)
      .where(eq(measurementWaves.orgId, (orgs[i] as SeededOrganisation).id));
    return publishedTotals(wave ?? { published: null })?.scales.knowledge?.mean ?? null;
  }

  it('aggregates the published scale means of each organisation’s latest wave, leaving out hidden ones', async () => {
    const sections = (await loadNetworkInputs(t.database.db, networkSections, members())).map(
      buildNetworkSection,
    );
    // Five shown means; the sixth wave is under its threshold and counts for nothing.
    const means = await Promise.all([0, 1, 2, 3, 4, 5].map(publishedKnowledge));
    expect(means[5]).toBeNull();
    const expected = aggregateFigure(means.map((value, i) => ({ orgId: String(i), value, optedOut: false })));
    expect(expected).toMatchObject({ withheld: false, organisations: 5, q1: null, q3: null });
    expect(metric(sections, 'scale.knowledge')?.figure).toEqual(expected);
    expect(metric(sections, 'scale.knowledge')?.trend).toEqual([{ year: 2025, figure: expected }]);
    expect(metric(sections, 'overallProgress')?.figure).toMatchObject({ withheld: false, organisations: 6 });
    expect(metric(sections, 'overallProgress')?.trend[0]).toMatchObject({ year: 2025 });
  });

  it('publishes the figures once a month: an opt-out or a new wave shows only in the next month', async () => {
    await retakeNetworkSnapshot(t.database);
    const read = async () =>
      (await injectAs(t.app, networkAdmin, { method: 'GET', url: '/api/network/dashboard' })).json();
    const first = await read();
    expect(first.period).toBe(new Date().toISOString().slice(0, 7));
    const org = orgs[1] as SeededOrganisation;
    const admin = await sessionFor(t.app, org.members.org_admin.id);
    const url = `/api/organisations/${org.id}/network/participation`;
    await injectAs(t.app, admin, { method: 'PATCH', url, payload: { optedOut: true } });
    const again = await read();
    expect(again).toEqual(first);
    // Next month: the opt-out counts.
    await retakeNetworkSnapshot(t.database);
    const next = await read();
    expect(next.participating).toBe(first.participating - 1);
    await injectAs(t.app, admin, { method: 'PATCH', url, payload: { optedOut: false } });
    await retakeNetworkSnapshot(t.database);
  });

  it('adds the registry: experts per organisation over the five that keep one', async () => {
    const sections = (await loadNetworkInputs(t.database.db, networkSections, members())).map(
      buildNetworkSection,
    );
    expect(metric(sections, 'registry.experts')?.figure).toEqual({
      withheld: false,
      organisations: 5,
      q1: null,
      median: 3,
      q3: null,
    });
    expect(metric(sections, 'registry.levelsCovered')?.figure).toMatchObject({ withheld: false, median: 1 });
  });

  it('withholds every figure once an opt-out leaves four organisations', async () => {
    const sections = (
      await loadNetworkInputs(t.database.db, networkSections, members([0], [0, 1, 2, 3, 4]))
    ).map(buildNetworkSection);
    for (const m of sections.flatMap((s) => s.metrics))
      expect(m.figure, m.key).toEqual({ withheld: true, reason: 'tooFewOrganisations' });
    for (const d of sections.flatMap((s) => s.distributions)) expect(d.counts.withheld).toBe(true);
  });

  it('compares an organisation with the network without giving away another’s figure', async () => {
    const inputs = await loadNetworkInputs(t.database.db, networkSections, members());
    const own = inputs.map((input) => compareSection(input, (orgs[4] as SeededOrganisation).id));
    const knowledge = own.flatMap((s) => s.metrics).find((m) => m.key === 'scale.knowledge');
    expect(knowledge).toMatchObject({ own: await publishedKnowledge(4), network: { withheld: false } });
    expect(knowledge?.position).toMatch(/Median$/);
    expect(JSON.stringify(own)).not.toContain((orgs[0] as SeededOrganisation).id);
  });

  it('lets the network admin read the dashboard, naming no organisation', async () => {
    const res = await injectAs(t.app, networkAdmin, { method: 'GET', url: '/api/network/dashboard' });
    expect(res.statusCode).toBe(200);
    expect(res.json().minimumOrganisations).toBe(5);
    expect(res.json().sections.map((s: { key: string }) => s.key)).toEqual([
      'roadmap',
      'measurement',
      'registry',
    ]);
    for (const org of orgs) {
      expect(res.body).not.toContain(org.id);
      expect(res.body).not.toContain(org.name);
    }
  });

  it('refuses the dashboard to members of an organisation', async () => {
    const admin = await sessionFor(t.app, (orgs[0] as SeededOrganisation).members.org_admin.id);
    const res = await injectAs(t.app, admin, { method: 'GET', url: '/api/network/dashboard' });
    expect(res.statusCode).toBe(403);
  });

  it('gives a coordinator their own figures beside the network', async () => {
    const org = orgs[4] as SeededOrganisation;
    const coordinator = await sessionFor(t.app, org.members.coordinator.id);
    const res = await injectAs(t.app, coordinator, {
      method: 'GET',
      url: `/api/organisations/${org.id}/network/comparison`,
    });
    expect(res.statusCode).toBe(200);
    const knowledge = res
      .json()
      .sections.flatMap((s: { metrics: Array<{ key: string }> }) => s.metrics)
      .find((m: { key: string }) => m.key === 'scale.knowledge');
    expect(knowledge.own).toBe(await publishedKnowledge(4));
    expect(res.body).not.toContain((orgs[0] as SeededOrganisation).id);
  });

  it('lets the org_admin opt out, logs it, and the organisation leaves the figures', async () => {
    const org = orgs[0] as SeededOrganisation;
    const admin = await sessionFor(t.app, org.members.org_admin.id);
    const url = `/api/organisations/${org.id}/network/participation`;
    const res = await injectAs(t.app, admin, { method: 'PATCH', url, payload: { optedOut: true } });
    expect(res.json()).toEqual({ optedOut: true });
    expect((await injectAs(t.app, admin, { method: 'GET', url })).json()).toEqual({ optedOut: true });
    const logged = await queryRows(
      t.database,
      sql`select action from audit_log where org_id = ${org.id} and action = 'network.optedOut'`,
    );
    expect(logged).toHaveLength(1);
    const coordinator = await sessionFor(t.app, org.members.coordinator.id);
    expect(
      (await injectAs(t.app, coordinator, { method: 'PATCH', url, payload: { optedOut: false } })).statusCode,
    ).toBe(403);
    const bad = await injectAs(t.app, admin, { method: 'PATCH', url, payload: { optedOut: 'ja' } });
    expect(bad.statusCode).toBe(400);
    await injectAs(t.app, admin, { method: 'PATCH', url, payload: { optedOut: false } });
  });
  it('sets the registry against each organisation’s size: a small and a large one with the same share get the same figure', async () => {
    // Organisation i has i + 1 experts of 18 hours (0.5 FTE at 36 hours) and 10 × (i + 1) FTE staff:
    // 5 expert FTE per 100 FTE staff everywhere, although the raw counts differ up to fivefold.
    for (let i = 0; i < 5; i++) {
      const org = orgs[i] as SeededOrganisation;
      await ownerRows(
        t.database,
        sql`update registry_people set hours_per_week = 18 where org_id = ${org.id}`,
      );
      const admin = await sessionFor(t.app, org.members.org_admin.id);
      const url = `/api/organisations/${org.id}/size`;
      const size = (await injectAs(t.app, admin, { method: 'GET', url })).json();
      const saved = await injectAs(t.app, admin, {
        method: 'PATCH',
        url,
        payload: { version: size.version, staffFte: 10 * (i + 1), clientsPerYear: 100 * (i + 1) },
      });
      expect(saved.statusCode).toBe(200);
    }
    const refused = await injectAs(
      t.app,
      await sessionFor(t.app, (orgs[0] as SeededOrganisation).members.org_admin.id),
      {
        method: 'PATCH',
        url: `/api/organisations/${(orgs[0] as SeededOrganisation).id}/size`,
        payload: { version: 2, staffFte: -5, clientsPerYear: 10.5 },
      },
    );
    expect(refused.statusCode).toBe(400);
    expect(
      refused
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['body.clientsPerYear', 'body.staffFte']);
    // Who recorded the size is logged, once per save; the refused change logged nothing.
    const first = orgs[0] as SeededOrganisation;
    expect(
      await ownerRows(
        t.database,
        sql`select actor_user_id as actor from audit_log where org_id = ${first.id} and action = 'organisation.sizeRecorded'`,
      ),
    ).toEqual([{ actor: first.members.org_admin.id }]);
    const sections = (await loadNetworkInputs(t.database.db, networkSections, members())).map(
      buildNetworkSection,
    );
    expect(metric(sections, 'registry.experts')?.figure).toMatchObject({ median: 3, organisations: 5 });
    const fair = { withheld: false, organisations: 5, q1: null, median: 5, q3: null };
    expect(metric(sections, 'registry.expertFtePer100Staff')?.figure).toEqual(fair);
    // All five are small (under 100 FTE): the small band has its five, the others are withheld.
    expect(metric(sections, 'registry.expertFtePer100Staff.small')?.figure).toEqual(fair);
    expect(metric(sections, 'registry.expertFtePer100Staff.large')?.figure).toEqual({
      withheld: true,
      reason: 'tooFewOrganisations',
    });
    // The same organisation's own figure, beside the network, is the same 5 for the smallest and the largest.
    for (const i of [0, 4]) {
      const inputs = await loadNetworkInputs(t.database.db, networkSections, members());
      const own = inputs
        .map((input) => compareSection(input, (orgs[i] as SeededOrganisation).id))
        .flatMap((section) => section.metrics)
        .find((m) => m.key === 'registry.expertFtePer100Staff')?.own;
      expect(own).toBe(5);
    }
  });
});
