import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedClosedWave } from '../../seed/network-data.ts';
import {
  buildTestApp,
  daysFromToday,
  injectAs,
  measurementClient,
  respondent,
  type SeededOrganisation,
  seedTestOrganisation,
  sessionFor,
  staffAnswers,
  type TestApp,
  testDatabases,
} from '../../testing/index.ts';

describe.each(testDatabases)('the start page ("Wat moet ik doen?") on $name', ({ target }) => {
  let t: TestApp;
  let org: SeededOrganisation;
  let other: SeededOrganisation;
  let waveId: string;
  const start = async (o: SeededOrganisation, role: keyof SeededOrganisation['members'], orgId = o.id) =>
    injectAs(t.app, await sessionFor(t.app, o.members[role].id), {
      method: 'GET',
      url: `/api/organisations/${orgId}/start`,
    });

  beforeAll(async () => {
    t = await buildTestApp(target);
    org = await seedTestOrganisation(t, 'Start');
    other = await seedTestOrganisation(t, 'Ander');
    const coordinator = await sessionFor(t.app, org.members.coordinator.id);
    const as = (method: 'GET' | 'POST' | 'PATCH', path: string, payload?: object) =>
      injectAs(t.app, coordinator, {
        method,
        url: `/api/organisations/${org.id}${path}`,
        ...(payload ? { payload } : {}),
      });
    await as('GET', '/roadmap');
    const item = (await as('GET', '/roadmap/items/inventory')).json().item;
    await as('PATCH', '/roadmap/items/inventory', {
      version: item.version,
      status: 'inProgress',
      dueDate: '2020-01-31',
      ownerMembershipId: org.members.expert.membershipId,
    });
    await as('POST', '/roadmap/goals', {
      stepKey: 'investment',
      title: 'Budget aanvragen',
      deadline: '2030-06-01',
    });
    const m = measurementClient(t.app, coordinator, org.id);
    waveId = await m.planWave({ title: 'Vervolgmeting nu', kind: 'followUp' });
    const full = await m.groupWithLink(waveId, { teamId: org.teams.a.id, headcount: 8 });
    await m.groupWithLink(waveId, { teamId: org.teams.b.id, headcount: 8 });
    const r = respondent(t.app);
    for (let i = 0; i < 5; i++) expect((await r.submit(full.token, staffAnswers(3))).statusCode).toBe(201);
    await seedClosedWave(t.database.db, t.secretBox, org.id, {
      title: '0-meting vorig jaar',
      kind: 'baseline',
      opensOn: daysFromToday(-400),
      closesOn: daysFromToday(-370),
      count: 8,
      values: [3],
    });
    const admin = await sessionFor(t.app, org.members.org_admin.id);
    const invited = await injectAs(t.app, admin, {
      method: 'POST',
      url: `/api/organisations/${org.id}/invitations`,
      payload: { email: `nieuw.${Date.now()}@test.example.org`, role: 'expert' },
    });
    expect(invited.statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('gives a coordinator the roadmap, the open waves with how many groups have enough, results and invitations', async () => {
    const res = await start(org, 'coordinator');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.roadmap.items[0]).toMatchObject({
      itemKey: 'inventory',
      stepNumber: 1,
      overdue: true,
      mine: false,
    });
    expect(body.roadmap.items[0].label).toMatch(/^1\.1 /);
    expect(body.roadmap.goals).toEqual([
      expect.objectContaining({ title: 'Budget aanvragen', stepNumber: 3, overdue: false }),
    ]);
    expect(body.openWaves).toEqual([
      {
        id: waveId,
        title: 'Vervolgmeting nu',
        status: 'open',
        opensOn: expect.any(String),
        closesOn: expect.any(String),
        groups: 2,
        groupsWithEnough: 1,
      },
    ]);
    expect(body.results.map((w: { title: string }) => w.title)).toEqual(['0-meting vorig jaar']);
    // Closing the cycle: the terugkoppeling to staff is still to be given.
    expect(body.results[0].feedbackDue).toBe(true);
    expect(body.signals).toEqual({ people: 0 });
    expect(body.reportsReady).toEqual([]);
    expect(body.invitationsPending).toBe(1);
    expect(body.ownRecord).toBeNull();
  });

  it('never says how many answered: no counts of answers in what it sends', async () => {
    const text = JSON.stringify((await start(org, 'org_admin')).json());
    expect(text).not.toMatch(/responseCount|received|answers|"n":/);
  });

  it('gives a team manager the roadmap and the results, nothing of waves, registry, reports or members', async () => {
    const body = (await start(org, 'team_manager')).json();
    expect(body.roadmap.items.length).toBeGreaterThan(0);
    expect(body.results.length).toBe(1);
    // Not theirs to give.
    expect(body.results[0].feedbackDue).toBe(false);
    expect(body).toMatchObject({
      openWaves: null,
      signals: null,
      reportsReady: null,
      invitationsPending: null,
      ownRecord: null,
    });
  });

  it('gives an expert the items they own and their own record, never a dead end', async () => {
    const body = (await start(org, 'expert')).json();
    expect(body.roadmap.items[0]).toMatchObject({ itemKey: 'inventory', mine: true });
    expect(body.ownRecord).toEqual({ exists: false, signals: 0 });
    expect(body).toMatchObject({
      openWaves: null,
      results: null,
      signals: null,
      reportsReady: null,
      invitationsPending: null,
    });
  });

  it('keeps each organisation to its own start page', async () => {
    expect((await start(other, 'org_admin', org.id)).statusCode).toBe(404);
    const own = (await start(other, 'org_admin')).json();
    expect(own.openWaves).toEqual([]);
    expect(own.invitationsPending).toBe(0);
  });
});
