import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { daysFromToday, queryRows, testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';

const person = (extra: object) => ({
  kind: 'expert',
  employment: 'paid',
  trainingRecognised: true,
  ...extra,
});

describe.each(testDatabases)('formation plan on $name', ({ target }) => {
  const s = organisationSuite(target, { other: 'Andere' });

  beforeAll(async () => {
    for (const extra of [
      {
        name: 'Anna',
        roles: ['recoveryCoach'],
        phases: ['recovery'],
        levels: ['practice'],
        hoursPerWeek: 27,
      },
      {
        name: 'Bea',
        roles: ['recoveryCoach'],
        phases: ['recovery', 'safety'],
        levels: ['practice'],
        hoursPerWeek: 18,
      },
      {
        name: 'Carla',
        kind: 'staff',
        roles: ['ownExperienceInSupport'],
        phases: ['safety'],
        levels: ['team'],
        hoursPerWeek: 36,
        trainingRecognised: false,
      },
    ])
      expect((await s.api(s.as.coordinator, 'POST', '/registry/people', person(extra))).statusCode).toBe(201);
  });

  const plan = {
    hoursPerFte: 36,
    targets: [
      { level: 'practice', phase: 'recovery', role: 'recoveryCoach', people: 3, fte: 2 },
      { level: 'management', phase: 'safety', role: null, people: 1, fte: 0.5 },
    ],
    budget: [
      {
        source: 'structural',
        label: 'Begroting',
        amount: 60000,
        startsOn: '2025-01-01',
        endsOn: '2030-12-31',
      },
      {
        source: 'subsidy',
        label: 'Fonds',
        amount: 12500.5,
        startsOn: daysFromToday(-300),
        endsOn: daysFromToday(60),
      },
    ],
  };

  it('starts empty, saves targets and budget, and sets them against the registry', async () => {
    const empty = (await s.api(s.as.coordinator, 'GET', '/registry/formation')).json();
    expect(empty.plan).toMatchObject({ targets: [], budget: [], version: 1 });
    expect(empty.formation.totals).toMatchObject({ actualPeople: 3, actualFte: 2.25 });

    const saved = await s.api(s.as.coordinator, 'PATCH', '/registry/formation', { ...plan, version: 1 });
    expect(saved.statusCode).toBe(200);
    const { formation } = saved.json();
    expect(formation.targets[0]).toMatchObject({
      actualPeople: 2,
      actualFte: 1.25,
      gapPeople: 1,
      gapFte: 0.75,
    });
    expect(formation.targets[1]).toMatchObject({ actualPeople: 0, gapPeople: 1, gapFte: 0.5 });
    expect(formation.budget.bySource).toEqual({ structural: 60000, project: 0, subsidy: 12500.5 });
    expect(formation.budget.endingSoon.map((l: { label: string }) => l.label)).toEqual(['Fonds']);
    // Management has nobody in any phase: the aim is not reached, and the plan covers one of those cells.
    expect(formation.aim.met).toBe(false);
    expect(formation.aim.gaps).toContainEqual({ level: 'management', phase: 'safety' });
    expect(formation.aim.gapsWithoutTarget).not.toContainEqual({ level: 'management', phase: 'safety' });
    expect(formation.aim.gapsWithoutTarget).toContainEqual({ level: 'management', phase: 'recovery' });

    const audit = await queryRows(
      s.t.database,
      sql`select action from audit_log where org_id = ${s.org.id} and action = 'registry.formationPlanSaved'`,
    );
    expect(audit).toHaveLength(1);
  });

  it('answers 409 with the current plan when someone saved in between', async () => {
    const stale = await s.api(s.as.coordinator, 'PATCH', '/registry/formation', {
      ...plan,
      budget: [],
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: 2, budget: plan.budget });
  });

  it.each([
    ['a negative FTE', { targets: [{ ...plan.targets[0], fte: -1 }] }, 'body.targets.0.fte', /negatief/],
    [
      'people not whole',
      { targets: [{ ...plan.targets[0], people: 2.5 }] },
      'body.targets.0.people',
      /heel getal/,
    ],
    [
      'a budget ending before it starts',
      { budget: [{ ...plan.budget[0], startsOn: '2026-05-01', endsOn: '2026-04-01' }] },
      'body.budget.0.endsOn',
      /voor de startdatum/,
    ],
    ['an unknown field', { extra: true }, 'body', /.+/],
  ])('refuses %s with a message on the field, and changes nothing', async (_what, change, field, message) => {
    const before = (await s.api(s.as.coordinator, 'GET', '/registry/formation')).json();
    const res = await s.api(s.as.coordinator, 'PATCH', '/registry/formation', {
      ...plan,
      ...change,
      version: 2,
    });
    expect(res.statusCode).toBe(400);
    const detail = res.json().details.find((d: { field: string }) => d.field === field);
    expect(detail?.message).toMatch(message);
    expect((await s.api(s.as.coordinator, 'GET', '/registry/formation')).json()).toEqual(before);
  });

  it('is for those who run the registry, and only for their own organisation', async () => {
    expect((await s.api(s.as.team_manager, 'GET', '/registry/formation')).statusCode).toBe(403);
    expect((await s.api(s.otherAs.coordinator, 'GET', '/registry/formation')).statusCode).toBe(404);
    const theirs = (
      await s.api(s.otherAs.coordinator, 'GET', '/registry/formation', undefined, { orgId: s.other.id })
    ).json();
    expect(theirs.plan.targets).toEqual([]);
    expect(theirs.formation.totals.actualPeople).toBe(0);
  });
});
