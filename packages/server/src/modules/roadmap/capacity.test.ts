import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestAppWithOrganisation,
  injectAs,
  type OrgClient,
  orgClient,
  type SeededOrganisation,
  seedClosedWave,
  seedTestOrganisation,
  sessionFor,
  type TestApp,
  type TestSession,
  testDatabases,
} from '../../testing/index.ts';

describe.each(testDatabases)('the appointed capacity and the honest stage on $name', ({ target }) => {
  let t: TestApp, org: SeededOrganisation, coordinator: TestSession;
  let other: SeededOrganisation;
  let as: OrgClient;
  beforeAll(async () => {
    ({ t, org, coordinator } = await buildTestAppWithOrganisation(target));
    other = await seedTestOrganisation(t, 'Andere opvang');
    as = orgClient(t.app, org.id, { prefix: '/roadmap' });
  });
  afterAll(() => t.close());

  const capacity = async () => (await as(coordinator, 'GET', '/capacity')).json().capacity;
  const good = { role: 'projectLeader', hoursPerWeek: 16, startedOn: '2026-01-05' };

  it('refuses bad input with a clear message, changing nothing', async () => {
    for (const body of [
      { ...good, hoursPerWeek: 0 },
      { ...good, hoursPerWeek: 41 },
      { ...good, hoursPerWeek: 12.5 },
      { ...good, role: 'manager' },
      { ...good, startedOn: '5 januari' },
      { ...good, endsOn: '2025-12-31' },
    ]) {
      const res = await as(coordinator, 'POST', '/capacity', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('INVALID_INPUT');
    }
    expect(await capacity()).toBeNull();
  });

  it('records the capacity, changes it at the right version, refuses a stale one with 409, and logs it', async () => {
    const first = await as(coordinator, 'POST', '/capacity', good);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().capacity).toMatchObject({ ...good, endsOn: null, version: 1 });
    // A second "first" is refused: someone recorded one in between.
    const again = await as(coordinator, 'POST', '/capacity', { ...good, hoursPerWeek: 8 });
    expect(again.statusCode).toBe(409);
    expect(again.json().current).toMatchObject({ hoursPerWeek: 16 });
    const changed = await as(coordinator, 'POST', '/capacity', { ...good, version: 1, endsOn: '2027-12-31' });
    expect(changed.json().capacity).toMatchObject({ endsOn: '2027-12-31', version: 2 });
    const stale = await as(coordinator, 'POST', '/capacity', { ...good, version: 1, hoursPerWeek: 8 });
    expect(stale.statusCode).toBe(409);
    expect(await capacity()).toMatchObject({ hoursPerWeek: 16, version: 2 });
    const admin = await sessionFor(t.app, org.members.org_admin.id);
    const log = await injectAs(t.app, admin, {
      method: 'GET',
      url: `/api/organisations/${org.id}/audit-log`,
    });
    expect(log.json().entries[0]).toMatchObject({ action: 'roadmap.capacityRecorded' });
  });

  it('is 404 for another organisation, and lets a team manager read but not record', async () => {
    const outsider = await sessionFor(t.app, other.members.coordinator.id);
    const res = await injectAs(t.app, outsider, {
      method: 'POST',
      url: `/api/organisations/${org.id}/roadmap/capacity`,
      payload: { ...good, version: 2, hoursPerWeek: 40 },
    });
    expect(res.statusCode).toBe(404);
    const manager = await sessionFor(t.app, org.members.team_manager.id);
    expect((await as(manager, 'GET', '/capacity')).statusCode).toBe(200);
    expect((await as(manager, 'POST', '/capacity', { ...good, version: 2 })).statusCode).toBe(403);
    expect(await capacity()).toMatchObject({ hoursPerWeek: 16, version: 2 });
  });

  it('shows the advice beside the capacity, and step 3 is "op orde" only with a capacity appointed', async () => {
    for (const key of ['capacity', 'fundsAndTime']) {
      const item = (await as(coordinator, 'GET', `/items/${key}`)).json().item;
      await as(coordinator, 'PATCH', `/items/${key}`, { version: item.version, status: 'done' });
    }
    const step = async () => {
      const body = (await as(coordinator, 'GET', '')).json();
      return { body, investment: body.steps.find((s: { stepKey: string }) => s.stepKey === 'investment') };
    };
    const withCapacity = await step();
    expect(withCapacity.body.capacity).toMatchObject({ role: 'projectLeader', hoursPerWeek: 16 });
    expect(withCapacity.investment).toMatchObject({
      stage: 'embedded',
      evidenceChecks: [{ key: 'capacityAppointed', met: true }],
    });
    const removed = await as(coordinator, 'DELETE', '/capacity', { version: 1 });
    expect(removed.statusCode).toBe(409);
    expect((await as(coordinator, 'DELETE', '/capacity', { version: 2 })).statusCode).toBe(204);
    const without = await step();
    expect(without.body.capacity).toBeNull();
    expect(without.investment).toMatchObject({
      stage: 'developing',
      evidenceChecks: [{ key: 'capacityAppointed', met: false }],
    });
  });

  it('counts step 1 as "op orde" only with a closed 0-meting, and names the wave', async () => {
    for (const key of ['inventory', 'teamKnowledgeAndNeeds']) {
      const item = (await as(coordinator, 'GET', `/items/${key}`)).json().item;
      await as(coordinator, 'PATCH', `/items/${key}`, { version: item.version, status: 'done' });
    }
    const exploration = async () =>
      (await as(coordinator, 'GET', ''))
        .json()
        .steps.find((s: { stepKey: string }) => s.stepKey === 'exploration');
    expect((await exploration()).stage).toBe('developing');
    const waveId = await seedClosedWave(t.database.db, t.secretBox, org.id, {
      title: '0-meting',
      kind: 'baseline',
      opensOn: '2026-01-05',
      closesOn: '2026-01-30',
      count: 12,
      values: [3, 4, 4, 5],
    });
    expect((await exploration()).stage).toBe('embedded');
    expect((await as(coordinator, 'GET', '')).json().baselineWaveId).toBe(waveId);
  });
});
