import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  frameworkVersionTwo,
  injectAs,
  type OrgClient,
  orgClient,
  ownDatabase,
  ownerRows,
  type SeededOrganisation,
  seedNetworkAdmin,
  seedTestOrganisation,
  sessionFor,
  type TestApp,
  type TestSession,
  testDatabases,
} from '../../testing/index.ts';

describe.each(testDatabases)('adopting a new framework version on $name', ({ target }) => {
  let t: TestApp;
  let org: SeededOrganisation;
  let coordinator: TestSession;
  let as: ReturnType<OrgClient['as']>;
  let client: OrgClient;

  let own: Awaited<ReturnType<typeof ownDatabase>>;
  beforeAll(async () => {
    // Publishing is for every organisation: on a server it gets a database of its own.
    own = await ownDatabase(target);
    t = await buildTestApp(own.target);
    org = await seedTestOrganisation(t);
    coordinator = await sessionFor(t.app, org.members.coordinator.id);
    client = orgClient(t.app, org.id, { prefix: '/roadmap' });
    as = client.as(coordinator);
    // Records under version 1 (the roadmap is made on first read).
    await as('GET', '');
    await as('PATCH', '/items/vision', { version: 1, status: 'inProgress', notes: 'Visie in concept' });
    await as('POST', '/items/vision/decisions', {
      decidedOn: '2026-01-05',
      decision: 'Visie vaststellen',
      rationale: 'Het MT wil het',
      decidedBy: 'MT',
    });
    await as('POST', '/items/jobStructure/evidence/link', {
      title: 'Addendum',
      url: 'https://example.org/a',
    });
    // The network admin publishes version 2.
    const admin = await sessionFor(t.app, (await seedNetworkAdmin(t)).id);
    const draft = (
      await injectAs(t.app, admin, { method: 'POST', url: '/api/framework/drafts', payload: {} })
    ).json();
    await injectAs(t.app, admin, {
      method: 'PUT',
      url: `/api/framework/drafts/${draft.id}`,
      payload: { version: 1, content: frameworkVersionTwo() },
    });
    await injectAs(t.app, admin, {
      method: 'POST',
      url: `/api/framework/drafts/${draft.id}/publish`,
      payload: { version: 2 },
    });
  });
  afterAll(async () => {
    await t.close();
    await own.drop();
  });

  it('shows what changes: records that carry over by key, new items, items that go to the archive', async () => {
    const expert = await sessionFor(t.app, org.members.expert.id);
    const res = await client(expert, 'GET', '/framework-version/2/impact');
    expect(res.statusCode).toBe(200);
    const impact = res.json();
    expect(impact).toMatchObject({ from: 1, to: 2 });
    expect(impact.carried.map((c: { key: string }) => c.key)).toContain('vision');
    expect(impact.renamed).toEqual([
      expect.objectContaining({
        key: 'vision',
        records: { assessed: true, decisions: 1, evidence: 0, changes: 1 },
      }),
    ]);
    expect(impact.diff.added.map((i: { key: string }) => i.key)).toEqual(['clientCouncil']);
    expect(impact.retired).toEqual([
      expect.objectContaining({ key: 'jobStructure', records: expect.objectContaining({ evidence: 1 }) }),
    ]);
    expect((await as('GET', '/framework-version/9/impact')).statusCode).toBe(404);
  });

  it('lets only those with roadmap.adoptVersion adopt', async () => {
    for (const role of ['expert', 'team_manager'] as const) {
      const session = await sessionFor(t.app, org.members[role].id);
      expect((await client(session, 'POST', '/framework-version', { version: 2 })).statusCode).toBe(403);
    }
  });

  it('adopts: the renamed item keeps its records, each record keeps the version it was made under', async () => {
    const res = await as('POST', '/framework-version', { version: 2 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ frameworkVersion: 2, added: ['clientCouncil'], retired: ['jobStructure'] });

    const vision = (await as('GET', '/items/vision')).json();
    expect(vision.item).toMatchObject({ status: 'inProgress', notes: 'Visie in concept', retiredAt: null });
    await as('POST', '/items/vision/decisions', {
      decidedOn: '2026-03-01',
      decision: 'Visie vastgesteld',
      rationale: 'Besproken met de cliëntenraad',
      decidedBy: 'RvB',
    });
    const decisions = (await as('GET', '/items/vision')).json().decisions;
    expect(
      decisions
        .map((d: { decision: string; frameworkVersion: number }) => [d.decision, d.frameworkVersion])
        .sort(),
    ).toEqual([
      ['Visie vastgesteld', 2],
      ['Visie vaststellen', 1],
    ]);
    const retired = (await as('GET', '/items/jobStructure')).json();
    expect(retired.item.retiredAt).not.toBeNull();
    expect(retired.evidence).toHaveLength(1);

    const [logged] = await ownerRows(
      t.database,
      sql`SELECT details FROM audit_log WHERE org_id = ${org.id} AND action = 'roadmap.frameworkVersionChanged'`,
    );
    expect(logged?.details).toMatchObject({ from: 1, to: 2 });
  });
});
