import { beforeAll, describe, expect, it } from 'vitest';
import { seedClosedWave } from '../../seed/network-data.ts';
import {
  daysFromToday,
  measurementClient,
  respondent,
  type SeededOrganisation,
  staffAnswers,
  testDatabases,
} from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';

describe.each(testDatabases)('the start page ("Wat moet ik doen?") on $name', ({ target }) => {
  const s = organisationSuite(target, { label: 'Start', other: 'Ander' });
  let waveId: string;
  const start = async (o: SeededOrganisation, role: keyof SeededOrganisation['members'], orgId = o.id) =>
    s.injectAs(await s.sessionFor(o.members[role].id), {
      method: 'GET',
      url: `/api/organisations/${orgId}/start`,
    });

  beforeAll(async () => {
    const as = s.actingAs('coordinator');
    await as('GET', '/roadmap');
    const item = (await as('GET', '/roadmap/items/inventory')).json().item;
    await as('PATCH', '/roadmap/items/inventory', {
      version: item.version,
      status: 'inProgress',
      dueDate: '2020-01-31',
      ownerMembershipId: s.org.members.expert.membershipId,
    });
    await as('POST', '/roadmap/goals', {
      stepKey: 'investment',
      title: 'Budget aanvragen',
      deadline: '2030-06-01',
    });
    const m = measurementClient(s.t.app, s.as.coordinator, s.org.id);
    waveId = await m.planWave({ title: 'Vervolgmeting nu', kind: 'followUp' });
    const full = await m.groupWithLink(waveId, { teamId: s.org.teams.a.id, headcount: 8 });
    await m.groupWithLink(waveId, { teamId: s.org.teams.b.id, headcount: 8 });
    const r = respondent(s.t.app);
    for (let i = 0; i < 5; i++) expect((await r.submit(full.token, staffAnswers(3))).statusCode).toBe(201);
    await seedClosedWave(s.t.database.db, s.t.secretBox, s.org.id, {
      title: '0-meting vorig jaar',
      kind: 'baseline',
      opensOn: daysFromToday(-400),
      closesOn: daysFromToday(-370),
      count: 8,
      values: [3],
    });
    const invited = await s.api(s.as.org_admin, 'POST', '/invitations', {
      email: `nieuw.${Date.now()}@test.example.org`,
      role: 'expert',
    });
    expect(invited.statusCode).toBe(201);
  });

  it('gives a coordinator the roadmap, the open waves with how many groups have enough, results and invitations', async () => {
    const res = await start(s.org, 'coordinator');
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
    const text = JSON.stringify((await start(s.org, 'org_admin')).json());
    expect(text).not.toMatch(/responseCount|received|answers|"n":/);
  });

  it('gives a team manager the roadmap and the results, nothing of waves, registry, reports or members', async () => {
    const body = (await start(s.org, 'team_manager')).json();
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
    const body = (await start(s.org, 'expert')).json();
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
    expect((await start(s.other, 'org_admin', s.org.id)).statusCode).toBe(404);
    const own = (await start(s.other, 'org_admin')).json();
    expect(own.openWaves).toEqual([]);
    expect(own.invitationsPending).toBe(0);
  });
});
