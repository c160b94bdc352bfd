import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema.ts';
import { orgClient, seedClosedWave, testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';

describe.each(testDatabases)('implementatiemonitor on $name', ({ target }) => {
  const s = organisationSuite(target, { prefix: '/monitor', other: 'Ander' });

  const auditActions = async () =>
    (await s.t.database.db.select().from(auditLog).where(eq(auditLog.orgId, s.org.id))).map((e) => e.action);
  const monitor = async (session = s.as.coordinator) => {
    const res = await s.api(session, 'GET', '');
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  let beginId: string;
  let endId: string;

  it('names the implementation team from the organisation’s members, each once', async () => {
    for (const [member, teamRole] of [
      [s.org.members.coordinator, 'coordinator'],
      [s.org.members.org_admin, 'management'],
      [s.org.members.expert, 'expertDelegate'],
    ] as const) {
      const res = await s.api(s.as.coordinator, 'POST', '/team', {
        membershipId: member.membershipId,
        teamRole,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ name: member.name, teamRole, role: member.role });
    }
    const again = await s.api(s.as.coordinator, 'POST', '/team', {
      membershipId: s.org.members.expert.membershipId,
      teamRole: 'management',
    });
    expect(again.statusCode).toBe(409);
    expect((await monitor(s.as.expert)).team.map((m: { teamRole: string }) => m.teamRole)).toEqual([
      'coordinator',
      'management',
      'expertDelegate',
    ]);
    expect(await auditActions()).toContain('monitor.teamMemberAdded');
  });

  it('refuses a member of another organisation, and takes someone out again', async () => {
    const foreign = await s.api(s.as.coordinator, 'POST', '/team', {
      membershipId: s.other.members.coordinator.membershipId,
      teamRole: 'coordinator',
    });
    expect(foreign.statusCode).toBe(404);
    const added = await s.api(s.as.coordinator, 'POST', '/team', {
      membershipId: s.org.members.team_manager.membershipId,
      teamRole: 'management',
    });
    const removed = await s.api(s.as.coordinator, 'DELETE', `/team/${added.json().id}`);
    expect(removed.statusCode).toBe(204);
    expect((await monitor()).team).toHaveLength(3);
    expect(await auditActions()).toContain('monitor.teamMemberRemoved');
  });

  it('starts the begin-meting before the eind-meting, once per cycle', async () => {
    const endFirst = await s.api(s.as.coordinator, 'POST', '/rounds', {
      cycle: 1,
      kind: 'end',
      heldOn: '2026-12-01',
    });
    expect(endFirst.statusCode).toBe(400);
    const begin = await s.api(s.as.coordinator, 'POST', '/rounds', {
      cycle: 1,
      kind: 'begin',
      heldOn: '2026-01-15',
    });
    expect(begin.statusCode, begin.body).toBe(201);
    beginId = begin.json().id;
    const twice = await s.api(s.as.coordinator, 'POST', '/rounds', {
      cycle: 1,
      kind: 'begin',
      heldOn: '2026-01-16',
    });
    expect(twice.statusCode).toBe(409);
    expect((await monitor()).rounds).toHaveLength(1);
  });

  it('saves a score with rationale and evidence, and refuses a stale version with the current score', async () => {
    const path = `/rounds/${beginId}/scores/step:exploration`;
    const first = await s.api(s.as.coordinator, 'PUT', path, {
      version: 0,
      score: 1,
      rationale: 'We weten nog niet wat teams nodig hebben.',
      evidence: [{ title: 'Verslag MT', url: 'https://intranet.example/mt' }],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ score: 1, version: 1, evidence: [{ title: 'Verslag MT' }] });
    const stale = await s.api(s.as.coordinator, 'PUT', path, { version: 0, score: 2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ score: 1, version: 1 });
    const second = await s.api(s.as.coordinator, 'PUT', path, {
      version: 1,
      score: 2,
      rationale: 'Inventaris gemaakt.',
    });
    expect(second.json()).toMatchObject({ score: 2, version: 2 });
    const item = await s.api(s.as.coordinator, 'PUT', `/rounds/${beginId}/scores/item:inventory`, {
      version: 0,
      score: 3,
    });
    expect(item.statusCode).toBe(200);
    expect(await auditActions()).toContain('monitor.scoreSaved');
  });

  it.each([
    ['a score outside the scale', 'step:vision', { version: 0, score: 5 }],
    ['a score of 0', 'step:vision', { version: 0, score: 0 }],
    ['a rationale that is too long', 'step:vision', { version: 0, score: 2, rationale: 'x'.repeat(1001) }],
    [
      'an evidence link that is not a web address',
      'step:vision',
      { version: 0, score: 2, evidence: [{ title: 'a', url: 'file:///etc' }] },
    ],
    ['an unknown field', 'step:vision', { version: 0, score: 2, hidden: true }],
    ['a subject not in the monitor', 'item:nothingLikeThis', { version: 0, score: 2 }],
    ['a step key given as an item', 'item:embedding', { version: 0, score: 2 }],
  ])('refuses %s with 400 and changes nothing', async (_what, subject, body) => {
    const before = await s.api(s.as.coordinator, 'GET', `/rounds/${beginId}`);
    const res = await s.api(s.as.coordinator, 'PUT', `/rounds/${beginId}/scores/${subject}`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/\w/);
    expect((await s.api(s.as.coordinator, 'GET', `/rounds/${beginId}`)).json().scores).toEqual(
      before.json().scores,
    );
  });

  it('lets only coordinator and org_admin fill it; everyone who reads the roadmap reads it', async () => {
    const res = await s.api(s.as.expert, 'PUT', `/rounds/${beginId}/scores/step:vision`, {
      version: 0,
      score: 4,
    });
    expect(res.statusCode).toBe(403);
    const manager = s.as.team_manager;
    expect((await s.api(manager, 'GET', `/rounds/${beginId}`)).statusCode).toBe(200);
    expect((await s.api(manager, 'GET', '/gap')).statusCode).toBe(403);
    expect(
      (await s.api(s.as.expert, 'POST', '/rounds', { cycle: 2, kind: 'begin', heldOn: '2027-01-01' }))
        .statusCode,
    ).toBe(403);
  });

  it('keeps another organisation’s rounds out of reach: 404, nothing changed', async () => {
    expect((await s.otherApi(s.otherAs.coordinator, 'GET', `/rounds/${beginId}`)).statusCode).toBe(404);
    const write = await s.otherApi(s.otherAs.coordinator, 'PUT', `/rounds/${beginId}/scores/step:vision`, {
      version: 0,
      score: 4,
    });
    expect(write.statusCode).toBe(404);
    const close = await s.otherApi(s.otherAs.coordinator, 'PATCH', `/rounds/${beginId}`, {
      version: 1,
      closed: true,
    });
    expect(close.statusCode).toBe(404);
    expect((await s.api(s.as.coordinator, 'GET', `/rounds/${beginId}`)).json().round.closedAt).toBeNull();
    expect((await s.api(s.otherAs.coordinator, 'GET', '')).statusCode).toBe(404);
  });

  it('closes a round with its version; a closed round takes no scores', async () => {
    const stale = await s.api(s.as.coordinator, 'PATCH', `/rounds/${beginId}`, { version: 7, closed: true });
    expect(stale.statusCode).toBe(409);
    const closed = await s.api(s.as.coordinator, 'PATCH', `/rounds/${beginId}`, { version: 1, closed: true });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().closedAt).not.toBeNull();
    const late = await s.api(s.as.coordinator, 'PUT', `/rounds/${beginId}/scores/step:supportAndVision`, {
      version: 0,
      score: 4,
    });
    expect(late.statusCode).toBe(409);
  });

  it('answers "doelen behaald?" only in the eind-meting, kept as history beside the goal', async () => {
    const goal = await orgClient(s.t.app, s.org.id, { prefix: '/roadmap' })(
      s.as.coordinator,
      'POST',
      '/goals',
      {
        stepKey: 'exploration',
        title: 'Een 0-meting doen',
      },
    );
    expect(goal.statusCode, goal.body).toBe(201);
    const goalId = goal.json().id;
    const atBegin = await s.api(s.as.coordinator, 'POST', `/rounds/${beginId}/goal-reviews`, {
      goalId,
      achieved: 'yes',
    });
    expect(atBegin.statusCode).toBe(400);

    const end = await s.api(s.as.coordinator, 'POST', '/rounds', {
      cycle: 1,
      kind: 'end',
      heldOn: '2026-12-10',
    });
    expect(end.statusCode).toBe(201);
    endId = end.json().id;
    const bad = await s.api(s.as.coordinator, 'POST', `/rounds/${endId}/goal-reviews`, {
      goalId,
      achieved: 'maybe',
    });
    expect(bad.statusCode).toBe(400);
    const reviewed = await s.api(s.as.coordinator, 'POST', `/rounds/${endId}/goal-reviews`, {
      goalId,
      achieved: 'partly',
      note: 'Alleen de enquête, nog geen gesprekken.',
    });
    expect(reviewed.statusCode, reviewed.body).toBe(201);
    expect(reviewed.json()).toMatchObject({ achieved: 'partly', cycle: 1, monitorRoundId: endId });

    const roadmap = orgClient(s.t.app, s.org.id, { prefix: '/roadmap' });
    const goals = (await roadmap(s.as.expert, 'GET', '/goals')).json().goals;
    expect(goals.find((g: { id: string }) => g.id === goalId)).toMatchObject({ achieved: 'partly' });
    // A later review from the goals page keeps the earlier one.
    const latest = goals.find((g: { id: string }) => g.id === goalId);
    await roadmap(s.as.coordinator, 'PATCH', `/goals/${goalId}`, {
      version: latest.version,
      achieved: 'yes',
      reviewed: true,
    });
    const history = (await roadmap(s.as.expert, 'GET', '/goal-reviews')).json().reviews;
    expect(history.map((r: { achieved: string }) => r.achieved)).toEqual(['partly', 'yes']);
    expect(history[0]).toMatchObject({
      note: 'Alleen de enquête, nog geen gesprekken.',
      reviewedByName: s.org.members.coordinator.name,
    });

    const foreignGoal = await s.otherApi(s.otherAs.coordinator, 'POST', `/rounds/${endId}/goal-reviews`, {
      goalId,
      achieved: 'no',
    });
    expect(foreignGoal.statusCode).toBe(404);
    expect(await auditActions()).toContain('monitor.goalReviewed');
  });

  it('shows begin against end per step, with the team’s rationale', async () => {
    await s.api(s.as.coordinator, 'PUT', `/rounds/${endId}/scores/step:exploration`, {
      version: 0,
      score: 4,
      rationale: 'De 0-meting is gedaan en besproken.',
    });
    const { comparison } = await monitor(s.as.expert);
    expect(comparison.cycle).toBe(1);
    expect(comparison.steps[0]).toMatchObject({
      stepKey: 'exploration',
      begin: { stepScore: 2, itemMean: 3 },
      end: { stepScore: 4 },
      change: 2,
      beginRationale: 'Inventaris gemaakt.',
      endRationale: 'De 0-meting is gedaan en besproken.',
    });
    expect(comparison.steps[1]).toMatchObject({ stepKey: 'supportAndVision', change: null });
  });

  it('sets the team’s judgement beside what staff said in the latest published wave', async () => {
    const none = (await s.api(s.as.coordinator, 'GET', '/gap')).json();
    expect(none.wave).toBeNull();
    expect(none.steps[0]).toMatchObject({ stepKey: 'exploration', team: 100, staff: null, gap: null });
    await seedClosedWave(s.t.database.db, s.t.secretBox, s.org.id, {
      title: '0-meting',
      kind: 'baseline',
      opensOn: '2026-02-01',
      closesOn: '2026-02-20',
      count: 12,
      values: [3],
    });
    const gap = (await s.api(s.as.coordinator, 'GET', '/gap')).json();
    expect(gap.wave.title).toBe('0-meting');
    expect(gap.round).toMatchObject({ cycle: 1, kind: 'end' });
    const exploration = gap.steps[0];
    expect(exploration.staff).toBeGreaterThan(20);
    expect(exploration.staff).toBeLessThan(80);
    expect(exploration.gap).toBe(100 - exploration.staff);
    expect(gap.steps.at(-1)).toMatchObject({ stepKey: 'embedding', scaleKeys: [], gap: null });
  });
});
