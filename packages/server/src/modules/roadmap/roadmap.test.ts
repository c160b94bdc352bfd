import { stepKeys } from '@derde-bron/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';

describe.each(testDatabases)('roadmap on $name', ({ target }) => {
  const s = organisationSuite(target, { prefix: '/roadmap' });
  const overview = async () => (await s.api(s.as.coordinator, 'GET', '')).json();
  const item = async (key: string) => {
    const res = await s.api(s.as.coordinator, 'GET', `/items/${key}`);
    // Say what came back instead, so a failure shows its reason.
    expect(res.statusCode, res.body).toBe(200);
    return res.json().item;
  };

  it('starts every organisation with all 18 items of the current framework, not started', async () => {
    const res = await s.api(s.as.coordinator, 'GET', '');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.frameworkVersion).toBe(1);
    expect(body.steps.map((s: { stepKey: string }) => s.stepKey)).toEqual(stepKeys);
    expect(body.steps.flatMap((s: { items: unknown[] }) => s.items)).toHaveLength(18);
    expect(body.stage).toBe('notStarted');
    expect(body.advice.role).toBe('policyOfficer');
  });

  it('changes the step-3 advice from beleidsmedewerker to projectleider once the vision is adopted and a choice recorded', async () => {
    const vision = await item('vision');
    await s.api(s.as.coordinator, 'PATCH', '/items/vision', { version: vision.version, status: 'done' });
    expect((await overview()).advice).toMatchObject({
      role: 'policyOfficer',
      toNextRole: ['assignmentFormulated'],
    });
    const decided = await s.api(s.as.coordinator, 'POST', '/items/capacity/decisions', {
      decidedOn: '2026-11-20',
      decision: 'We stellen een projectleider ervaringsdeskundigheid aan',
      rationale: 'De visie is vastgesteld; nu is er een opdracht.',
      decidedBy: 'Raad van Bestuur',
    });
    expect(decided.statusCode).toBe(201);
    const advice = (await overview()).advice;
    expect(advice.role).toBe('projectLeader');
    expect(advice.facts).toContainEqual({
      key: 'visionAdopted',
      met: true,
      source: { kind: 'item', itemKey: 'vision' },
    });
    // The reason names the decision that was recorded, not "a decision somewhere in step 2 or 3".
    expect(advice.facts).toContainEqual({
      key: 'assignmentFormulated',
      met: true,
      source: {
        kind: 'decision',
        itemKey: 'capacity',
        decisionId: decided.json().id,
        decidedOn: '2026-11-20',
        decision: 'We stellen een projectleider ervaringsdeskundigheid aan',
      },
    });
  });

  it('refuses "niet van toepassing" on an item the guide does not word as optional, changing nothing', async () => {
    const before = await item('vision');
    const res = await s.api(s.as.coordinator, 'PATCH', '/items/vision', {
      version: before.version,
      status: 'notApplicable',
      notApplicableReason: 'Wij hebben geen visie nodig.',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('Dit punt moet je doen');
    expect(await item('vision')).toEqual(before);
  });

  it('shows the roadmap over time: this quarter ends today, at what the overview says', async () => {
    const climate = await item('safeClimate');
    await s.api(s.as.coordinator, 'PATCH', '/items/safeClimate', {
      version: climate.version,
      status: 'done',
    });
    const res = await s.api(s.as.coordinator, 'GET', '/trend');
    expect(res.statusCode).toBe(200);
    const { points } = res.json();
    const now = await overview();
    const today = new Date().toISOString().slice(0, 10);
    expect(points.at(-1)).toEqual({
      quarter: `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`,
      day: today,
      percent: now.overall.percent,
      stage: now.stage,
    });
  });

  it('keeps every change as history: who, when, from what to what', async () => {
    const before = await item('inventory');
    const res = await s.api(s.as.coordinator, 'PATCH', '/items/inventory', {
      version: before.version,
      status: 'inProgress',
      ownerMembershipId: s.org.members.coordinator.membershipId,
      dueDate: '2027-01-31',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'inProgress',
      ownerName: s.org.members.coordinator.name,
      version: before.version + 1,
    });
    const recent = (await overview()).recentChanges[0];
    expect(recent).toMatchObject({ itemKey: 'inventory', changedByName: s.org.members.coordinator.name });
    const all = (await s.api(s.as.coordinator, 'GET', '/history?limit=5')).json().changes;
    expect(all[0]).toMatchObject({ itemKey: 'inventory' });
    const details = (await s.api(s.as.coordinator, 'GET', '/items/inventory')).json();
    expect(details.history[0].changedByName).toBe(s.org.members.coordinator.name);
    expect(details.history[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'notStarted', to: 'inProgress' },
        { field: 'dueDate', from: null, to: '2027-01-31' },
      ]),
    );
  });

  it('shows decisions, evidence and goals in the change history, beside the changes to items', async () => {
    const decided = await s.api(s.as.coordinator, 'POST', '/items/jobStructure/decisions', {
      decidedOn: '2026-11-21',
      decision: 'Een functieprofiel voor ervaringsdeskundigen',
      rationale: 'Zodat er een loopbaan is.',
      decidedBy: 'MT',
    });
    expect(decided.statusCode).toBe(201);
    const evidence = await s.api(s.as.coordinator, 'POST', '/items/jobStructure/evidence/link', {
      title: 'Functieprofiel op intranet',
      url: 'https://intranet.example/functieprofiel',
    });
    expect(evidence.statusCode).toBe(201);
    const goal = await s.api(s.as.coordinator, 'POST', '/goals', {
      stepKey: 'embedding',
      title: 'Loopbaanpad vaststellen',
    });
    await s.api(s.as.coordinator, 'PATCH', `/goals/${goal.json().id}`, { version: 1, reviewed: true });
    const changes: Array<{ itemKey: string; changedByName: string; changes: object[] }> = (
      await s.api(s.as.coordinator, 'GET', '/history?limit=200')
    ).json().changes;
    expect(changes).toContainEqual(
      expect.objectContaining({
        itemKey: 'jobStructure',
        changedByName: s.org.members.coordinator.name,
        changes: [{ field: 'decision', from: null, to: 'Een functieprofiel voor ervaringsdeskundigen' }],
      }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({
        itemKey: 'jobStructure',
        changes: [{ field: 'evidence', from: null, to: 'Functieprofiel op intranet' }],
      }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({
        itemKey: 'embedding',
        changes: [{ field: 'goal', from: null, to: 'Loopbaanpad vaststellen' }],
      }),
    );
    expect(changes[0]).toMatchObject({ changes: [{ field: 'goalReviewed', to: 'Loopbaanpad vaststellen' }] });
    expect(new Set(changes.map((c) => (c as unknown as { id: string }).id)).size).toBe(changes.length);
  });

  it('refuses a save based on an old version with 409 and the current state, and overwrites nothing', async () => {
    const seen = await item('baselineMeasurement');
    const first = await s.api(s.as.coordinator, 'PATCH', '/items/baselineMeasurement', {
      version: seen.version,
      notes: 'Enquête in maart',
    });
    expect(first.statusCode).toBe(200);
    const admin = s.as.org_admin;
    const second = await s.api(admin, 'PATCH', '/items/baselineMeasurement', {
      version: seen.version,
      notes: 'Teamgesprekken',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'CONFLICT', current: { notes: 'Enquête in maart' } });
    expect((await item('baselineMeasurement')).notes).toBe('Enquête in maart');
  });

  it('asks for a reason when an item does not apply', async () => {
    const seen = await item('jobStructure');
    const res = await s.api(s.as.coordinator, 'PATCH', '/items/jobStructure', {
      version: seen.version,
      status: 'notApplicable',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('body.notApplicableReason');
    const ok = await s.api(s.as.coordinator, 'PATCH', '/items/jobStructure', {
      version: seen.version,
      status: 'notApplicable',
      notApplicableReason: 'Ons functiehuis is in 2025 al aangepast.',
    });
    expect(ok.json()).toMatchObject({
      status: 'notApplicable',
      notApplicableReason: 'Ons functiehuis is in 2025 al aangepast.',
    });
  });

  it.each([
    ['an unknown item', '/items/geenPunt', { version: 1, status: 'done' }, 404],
    ['a date in the wrong format', '/items/education', { version: 1, dueDate: '31-01-2027' }, 400],
    ['an unknown status', '/items/education', { version: 1, status: 'klaar' }, 400],
    [
      'an owner who is not a member',
      '/items/education',
      { version: 1, ownerMembershipId: '00000000-0000-4000-8000-000000000000' },
      400,
    ],
  ])('refuses %s and changes nothing', async (_case, path, body, status) => {
    const before = (await s.api(s.as.coordinator, 'GET', '/items/education')).json();
    const res = await s.api(s.as.coordinator, 'PATCH', path, body);
    expect(res.statusCode).toBe(status);
    expect((await s.api(s.as.coordinator, 'GET', '/items/education')).json()).toEqual(before);
  });

  it('lets team managers and experts read but not edit', async () => {
    const expert = s.as.expert;
    expect((await s.api(expert, 'GET', '')).statusCode).toBe(200);
    const res = await s.api(expert, 'PATCH', '/items/education', { version: 1, status: 'done' });
    expect(res.statusCode).toBe(403);
  });

  it('flags goals past their deadline on the overview, until they are done', async () => {
    const goal = await s.api(s.as.coordinator, 'POST', '/goals', {
      stepKey: 'exploration',
      title: '0-meting uitzetten',
      deadline: '2020-01-01',
    });
    expect(goal.statusCode).toBe(201);
    expect((await overview()).overdueGoals.map((g: { title: string }) => g.title)).toContain(
      '0-meting uitzetten',
    );
    const done = await s.api(s.as.coordinator, 'PATCH', `/goals/${goal.json().id}`, {
      version: 1,
      status: 'done',
      achieved: 'yes',
      reviewed: true,
    });
    expect(done.json()).toMatchObject({ status: 'done', achieved: 'yes', version: 2 });
    expect(done.json().reviewedAt).not.toBeNull();
    expect((await overview()).overdueGoals).toEqual([]);
    const stale = await s.api(s.as.coordinator, 'PATCH', `/goals/${goal.json().id}`, {
      version: 1,
      title: 'Oud',
    });
    expect(stale.statusCode).toBe(409);
  });

  it('reviews a goal once per round: a second review that day changes nothing, a stale one is refused', async () => {
    const goal = await s.api(s.as.coordinator, 'POST', '/goals', {
      stepKey: 'exploration',
      title: 'Intervisie plannen',
    });
    const id = goal.json().id;
    const first = await s.api(s.as.coordinator, 'PATCH', `/goals/${id}`, { version: 1, reviewed: true });
    expect(first.json()).toMatchObject({ cycle: 1, version: 2 });
    // The same click again (a retry with the version it was sent with), and a fresh second click.
    for (const version of [1, 2]) {
      const again = await s.api(s.as.coordinator, 'PATCH', `/goals/${id}`, { version, reviewed: true });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ cycle: 1, version: 2, reviewedAt: first.json().reviewedAt });
    }
    // Reviewed on an earlier day: the next review starts the next round, once.
    await s.t.database.db.execute(
      sql`update roadmap_goals set reviewed_at = reviewed_at - interval '40 days' where id = ${id}`,
    );
    const next = await s.api(s.as.coordinator, 'PATCH', `/goals/${id}`, { version: 2, reviewed: true });
    expect(next.json()).toMatchObject({ cycle: 2, version: 3 });
    const twice = await s.api(s.as.coordinator, 'PATCH', `/goals/${id}`, { version: 3, reviewed: true });
    expect(twice.json()).toMatchObject({ cycle: 2, version: 3 });
    // A review sent with a version from before the last change is a conflict, as any stale change.
    await s.api(s.as.coordinator, 'PATCH', `/goals/${id}`, {
      version: 3,
      title: 'Intervisie plannen in maart',
    });
    const stale = await s.api(s.as.coordinator, 'PATCH', `/goals/${id}`, { version: 2, reviewed: true });
    expect(stale.statusCode).toBe(409);
  });

  it('takes a policy topic round all four phases, and only closes it once the feedback is recorded', async () => {
    const created = await s.api(s.as.coordinator, 'POST', '/policy-topics', {
      title: 'Nazorg na vertrek uit de opvang',
    });
    const id = created.json().id;
    let version = created.json().version;
    const patch = async (body: object) => {
      const res = await s.api(s.as.coordinator, 'PATCH', `/policy-topics/${id}`, { version, ...body });
      if (res.statusCode === 200) version = res.json().version;
      return res;
    };
    expect((await patch({ action: 'advance' })).json().message).toContain('Schrijf eerst op');
    for (const notes of [
      'Gesprekken met oud-bewoners',
      'Vertaald naar drie knelpunten',
      'Werkinstructie aangepast',
    ]) {
      expect((await patch({ notes, action: 'advance' })).statusCode).toBe(200);
    }
    const early = await patch({ action: 'close' });
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toContain('teruggekoppeld');
    const closed = await patch({ notes: 'Teruggekoppeld in de bewonersraad', action: 'close' });
    expect(closed.json()).toMatchObject({ phase: 'evaluate', round: 1 });
    expect(closed.json().closedAt).not.toBeNull();
    const again = await patch({ action: 'newRound' });
    expect(again.json()).toMatchObject({ phase: 'unlock', round: 2, closedAt: null, notes: {} });
  });
});
