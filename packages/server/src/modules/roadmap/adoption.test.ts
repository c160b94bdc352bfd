import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { frameworkVersionTwo, ownerRows, testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';

describe.each(testDatabases)('adopting a new framework version on $name', ({ target }) => {
  // Publishing is for every organisation: on a server it gets a database of its own.
  const s = organisationSuite(target, { ownDatabase: true, networkAdmin: true, prefix: '/roadmap' });
  const as = s.actingAs('coordinator');
  beforeAll(async () => {
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
    const admin = s.networkAdmin;
    const draft = (
      await s.injectAs(admin, { method: 'POST', url: '/api/framework/drafts', payload: {} })
    ).json();
    await s.injectAs(admin, {
      method: 'PUT',
      url: `/api/framework/drafts/${draft.id}`,
      payload: { version: 1, content: frameworkVersionTwo() },
    });
    await s.injectAs(admin, {
      method: 'POST',
      url: `/api/framework/drafts/${draft.id}/publish`,
      payload: { version: 2 },
    });
  });

  it('shows what changes: records that carry over by key, new items, items that go to the archive', async () => {
    const expert = await s.sessionFor(s.org.members.expert.id);
    const res = await s.api(expert, 'GET', '/framework-version/2/impact');
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
      const session = await s.sessionFor(s.org.members[role].id);
      expect((await s.api(session, 'POST', '/framework-version', { version: 2 })).statusCode).toBe(403);
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
      s.t.database,
      sql`SELECT details FROM audit_log WHERE org_id = ${s.org.id} AND action = 'roadmap.frameworkVersionChanged'`,
    );
    expect(logged?.details).toMatchObject({ from: 1, to: 2 });
  });
});
