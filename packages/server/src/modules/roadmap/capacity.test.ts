import { describe, expect, it } from 'vitest';
import { seedClosedWave, testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';

describe.each(testDatabases)('the appointed capacity and the honest stage on $name', ({ target }) => {
  const s = organisationSuite(target, { prefix: '/roadmap', other: 'Andere opvang' });

  const capacity = async () => (await s.api(s.as.coordinator, 'GET', '/capacity')).json().capacity;
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
      const res = await s.api(s.as.coordinator, 'POST', '/capacity', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('INVALID_INPUT');
    }
    expect(await capacity()).toBeNull();
  });

  it('records the capacity, changes it at the right version, refuses a stale one with 409, and logs it', async () => {
    const first = await s.api(s.as.coordinator, 'POST', '/capacity', good);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().capacity).toMatchObject({ ...good, endsOn: null, version: 1 });
    // A second "first" is refused: someone recorded one in between.
    const again = await s.api(s.as.coordinator, 'POST', '/capacity', { ...good, hoursPerWeek: 8 });
    expect(again.statusCode).toBe(409);
    expect(again.json().current).toMatchObject({ hoursPerWeek: 16 });
    const changed = await s.api(s.as.coordinator, 'POST', '/capacity', {
      ...good,
      version: 1,
      endsOn: '2027-12-31',
    });
    expect(changed.json().capacity).toMatchObject({ endsOn: '2027-12-31', version: 2 });
    const stale = await s.api(s.as.coordinator, 'POST', '/capacity', {
      ...good,
      version: 1,
      hoursPerWeek: 8,
    });
    expect(stale.statusCode).toBe(409);
    expect(await capacity()).toMatchObject({ hoursPerWeek: 16, version: 2 });
    const admin = s.as.org_admin;
    const log = await s.injectAs(admin, {
      method: 'GET',
      url: `/api/organisations/${s.org.id}/audit-log`,
    });
    expect(log.json().entries[0]).toMatchObject({ action: 'roadmap.capacityRecorded' });
  });

  it('is 404 for another organisation, and lets a team manager read but not record', async () => {
    const outsider = s.otherAs.coordinator;
    const res = await s.injectAs(outsider, {
      method: 'POST',
      url: `/api/organisations/${s.org.id}/roadmap/capacity`,
      payload: { ...good, version: 2, hoursPerWeek: 40 },
    });
    expect(res.statusCode).toBe(404);
    const manager = s.as.team_manager;
    expect((await s.api(manager, 'GET', '/capacity')).statusCode).toBe(200);
    expect((await s.api(manager, 'POST', '/capacity', { ...good, version: 2 })).statusCode).toBe(403);
    expect(await capacity()).toMatchObject({ hoursPerWeek: 16, version: 2 });
  });

  it('shows the advice beside the capacity, and step 3 is "op orde" only with a capacity appointed', async () => {
    for (const key of ['capacity', 'fundsAndTime']) {
      const item = (await s.api(s.as.coordinator, 'GET', `/items/${key}`)).json().item;
      await s.api(s.as.coordinator, 'PATCH', `/items/${key}`, { version: item.version, status: 'done' });
    }
    const step = async () => {
      const body = (await s.api(s.as.coordinator, 'GET', '')).json();
      return { body, investment: body.steps.find((s: { stepKey: string }) => s.stepKey === 'investment') };
    };
    const withCapacity = await step();
    expect(withCapacity.body.capacity).toMatchObject({ role: 'projectLeader', hoursPerWeek: 16 });
    expect(withCapacity.investment).toMatchObject({
      stage: 'embedded',
      evidenceChecks: [{ key: 'capacityAppointed', met: true }],
    });
    const removed = await s.api(s.as.coordinator, 'DELETE', '/capacity', { version: 1 });
    expect(removed.statusCode).toBe(409);
    expect((await s.api(s.as.coordinator, 'DELETE', '/capacity', { version: 2 })).statusCode).toBe(204);
    const without = await step();
    expect(without.body.capacity).toBeNull();
    expect(without.investment).toMatchObject({
      stage: 'developing',
      evidenceChecks: [{ key: 'capacityAppointed', met: false }],
    });
  });

  it('counts step 1 as "op orde" only with a closed 0-meting, and names the wave', async () => {
    for (const key of ['inventory', 'teamKnowledgeAndNeeds']) {
      const item = (await s.api(s.as.coordinator, 'GET', `/items/${key}`)).json().item;
      await s.api(s.as.coordinator, 'PATCH', `/items/${key}`, { version: item.version, status: 'done' });
    }
    const exploration = async () =>
      (await s.api(s.as.coordinator, 'GET', ''))
        .json()
        .steps.find((s: { stepKey: string }) => s.stepKey === 'exploration');
    expect((await exploration()).stage).toBe('developing');
    const waveId = await seedClosedWave(s.t.database.db, s.t.secretBox, s.org.id, {
      title: '0-meting',
      kind: 'baseline',
      opensOn: '2026-01-05',
      closesOn: '2026-01-30',
      count: 12,
      values: [3, 4, 4, 5],
    });
    expect((await exploration()).stage).toBe('embedded');
    expect((await s.api(s.as.coordinator, 'GET', '')).json().baselineWaveId).toBe(waveId);
  });
});
