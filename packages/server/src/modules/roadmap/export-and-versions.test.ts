import { bundledFrameworks, type FrameworkContent } from '@derde-bron/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  injectAs,
  type OrgClient,
  orgClient,
  type SeededOrganisation,
  seedTestOrganisation,
  sessionFor,
  type TestApp,
  type TestSession,
} from '../../testing/index.ts';
import { createFrameworkRepository } from '../framework/repository.ts';

/** A version 2 that drops step 6's "functiehuis" item and adds one to step 1. */
function versionTwo(v1: FrameworkContent): FrameworkContent {
  return {
    ...v1,
    steps: v1.steps.map((step) => {
      if (step.key === 'embedding')
        return { ...step, items: step.items.filter((item) => item.key !== 'jobStructure') };
      if (step.key !== 'exploration') return step;
      const added = {
        key: 'clientCouncil',
        number: step.items.length + 1,
        title: { nl: 'Cliëntenraad', en: 'Client council' },
        text: { nl: 'Betrek de cliëntenraad.', en: 'Involve the client council.' },
      };
      return { ...step, items: [...step.items, added] };
    }),
  };
}

describe('roadmap export and framework versions', () => {
  let t: TestApp;
  let org: SeededOrganisation;
  let coordinator: TestSession;
  beforeAll(async () => {
    t = await buildTestApp({ memory: true });
    org = await seedTestOrganisation(t);
    coordinator = await sessionFor(t.app, org.members.coordinator.id);
    as = orgClient(t.app, org.id, { prefix: '/roadmap' }).as(coordinator);
  });
  afterAll(() => t.close());

  let as: ReturnType<OrgClient['as']>;

  it('exports one CSV row per item, in Dutch, with formulas defused, and logs the export', async () => {
    await as('PATCH', '/items/vision', { version: 1, status: 'inProgress', notes: '=1+1 werkt niet' });
    const res = await as('GET', '/export.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('attachment');
    const lines = res.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Stap,Nummer,Punt,Status,Eigenaar,Deadline,Notities,Reden niet van toepassing,Bijgewerkt',
    );
    expect(lines).toHaveLength(19);
    const vision = lines.find((line) => line.includes(',2.1,'));
    expect(vision).toContain('Bezig');
    expect(vision).toContain("'=1+1 werkt niet");
    const admin = await sessionFor(t.app, org.members.org_admin.id);
    const log = await injectAs(t.app, admin, {
      method: 'GET',
      url: `/api/organisations/${org.id}/audit-log`,
    });
    expect(log.json().entries[0].action).toBe('roadmap.exported');
  });

  it('exports in English when the user chose English', async () => {
    const res = await as('GET', '/export.csv', undefined, { cookies: { lang: 'en' } });
    expect(res.body).toContain('Step,Number,Item,Status');
    expect(res.body).toContain('In progress');
  });

  it('moves to a newer version: kept items keep their data, new ones start empty, dropped ones stay readable', async () => {
    const v1 = bundledFrameworks[0]?.content;
    if (!v1) throw new Error('version 1 ships with the code');
    await as('PATCH', '/items/jobStructure', { version: 1, status: 'done', notes: 'Addendum gemaakt' });
    await createFrameworkRepository(t.database.db).publish(2, new Date(), versionTwo(v1));

    const moved = await as('POST', '/framework-version', { version: 2 });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toEqual({
      frameworkVersion: 2,
      added: ['clientCouncil'],
      retired: ['jobStructure'],
    });

    const overview = (await as('GET', '')).json();
    expect(overview.frameworkVersion).toBe(2);
    const items = overview.steps.flatMap((step: { items: Array<{ itemKey: string }> }) =>
      step.items.map((item) => item.itemKey),
    );
    expect(items).toContain('clientCouncil');
    expect(items).not.toContain('jobStructure');
    expect((await as('GET', '/items/vision')).json().item.notes).toBe('=1+1 werkt niet');
    const retired = (await as('GET', '/items/jobStructure')).json();
    expect(retired.item.notes).toBe('Addendum gemaakt');
    expect(retired.item.retiredAt).not.toBeNull();
    expect(retired.history.length).toBeGreaterThan(0);
    expect(
      (await as('PATCH', '/items/jobStructure', { version: retired.item.version, notes: 'x' })).statusCode,
    ).toBe(404);

    expect((await as('POST', '/framework-version', { version: 2 })).statusCode).toBe(400);
    expect((await as('POST', '/framework-version', { version: 9 })).statusCode).toBe(404);
  });
});
