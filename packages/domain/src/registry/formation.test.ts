import { describe, expect, it } from 'vitest';
import { type BudgetLine, computeFormation, type FormationGroup, type FormationPlan } from './formation.ts';
import { formationPlanChangeSchema } from './schema.ts';

const groups: FormationGroup[] = [
  // Three recovery coaches in practice, safety and recovery, 24 hours a week each.
  { levels: ['practice'], phases: ['safety', 'recovery'], roles: ['recoveryCoach'], count: 3, hours: 72 },
  // One buddy in practice and team, recovery only, 18 hours.
  { levels: ['practice', 'team'], phases: ['recovery'], roles: ['buddy'], count: 1, hours: 18 },
];

const plan = (over: Partial<FormationPlan> = {}): FormationPlan => ({
  hoursPerFte: 36,
  targets: [],
  budget: [],
  ...over,
});

const line = (over: Partial<BudgetLine>): BudgetLine => ({
  source: 'structural',
  label: null,
  amount: 1000,
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  ...over,
});

describe('computeFormation: target against actual', () => {
  it.each([
    // level, phase, role, target people, target FTE → actual people, actual FTE, gap people, gap FTE
    ['practice', 'recovery', null, 6, 4, 4, 2.5, 2, 1.5],
    ['practice', 'recovery', 'recoveryCoach', 2, 1, 3, 2, 0, 0],
    ['practice', 'safety', 'buddy', 1, 0.5, 0, 0, 1, 0.5],
    ['team', 'recovery', null, 1, 0.5, 1, 0.5, 0, 0],
    ['management', 'safety', null, 1, 0.5, 0, 0, 1, 0.5],
  ] as const)('%s × %s (%s): target %d people, %d FTE', (level, phase, role, people, fte, ap, af, gp, gf) => {
    const [row] = computeFormation(
      plan({ targets: [{ level, phase, role, people, fte }] }),
      groups,
      '2026-06-01',
    ).targets;
    expect(row).toMatchObject({ actualPeople: ap, actualFte: af, gapPeople: gp, gapFte: gf });
  });

  it('counts everyone once in the totals, and FTE by the organisation’s hours per FTE', () => {
    const formation = computeFormation(
      plan({
        hoursPerFte: 30,
        targets: [
          { level: 'practice', phase: 'safety', role: null, people: 2, fte: 1.5 },
          { level: 'team', phase: 'recovery', role: null, people: 1, fte: 0.25 },
        ],
      }),
      groups,
      '2026-06-01',
    );
    expect(formation.totals).toEqual({ targetPeople: 3, targetFte: 1.75, actualPeople: 4, actualFte: 3 });
    expect(formation.hoursPerFte).toBe(30);
  });
});

describe('computeFormation: budget', () => {
  const budget = [
    line({ source: 'structural', amount: 50_000, startsOn: '2025-01-01', endsOn: '2030-12-31' }),
    line({ source: 'project', amount: 20_000.5, startsOn: '2026-01-01', endsOn: '2026-09-30' }),
    line({ source: 'subsidy', amount: 10_000, startsOn: '2026-03-01', endsOn: '2026-07-15' }),
    line({ source: 'subsidy', amount: 5_000, startsOn: '2027-01-01', endsOn: '2027-12-31' }),
    line({ source: 'project', amount: 1_000, startsOn: '2025-01-01', endsOn: '2025-12-31' }),
  ];
  const formation = computeFormation(plan({ budget }), groups, '2026-06-01');

  it('totals the budget per source, and per source what runs today', () => {
    expect(formation.budget.bySource).toEqual({ structural: 50_000, project: 21_000.5, subsidy: 15_000 });
    expect(formation.budget.runningBySource).toEqual({
      structural: 50_000,
      project: 20_000.5,
      subsidy: 10_000,
    });
    expect(formation.budget.total).toBe(86_000.5);
  });

  it('warns of money ending within six months, soonest first, not of money already ended', () => {
    expect(formation.budget.endingSoon.map((l) => l.endsOn)).toEqual(['2026-07-15', '2026-09-30']);
  });

  it.each([
    ['2026-12-01', true],
    ['2026-12-02', false],
    ['2026-06-01', true],
    ['2026-05-31', false],
  ])('a line ending on %s, seen on 1 June 2026, ends within six months: %s', (endsOn, soon) => {
    const f = computeFormation(
      plan({ budget: [line({ endsOn, startsOn: '2026-01-01' })] }),
      [],
      '2026-06-01',
    );
    expect(f.budget.endingSoon.length === 1).toBe(soon);
  });
});

describe('computeFormation: the gap to the 2030 aim', () => {
  it('names the empty cells of the levels the organisation has, and those the plan sets no target for', () => {
    const formation = computeFormation(
      plan({
        targets: [
          { level: 'team', phase: 'safety', role: null, people: 1, fte: 0.5 },
          // A target of nothing does not count as planning for the cell.
          { level: 'team', phase: 'riskManagement', role: null, people: 0, fte: 0 },
        ],
      }),
      groups,
      '2026-06-01',
      ['practice', 'team'],
    );
    expect(formation.aim.met).toBe(false);
    expect(formation.aim.gaps).toEqual([
      { level: 'practice', phase: 'riskManagement' },
      { level: 'team', phase: 'safety' },
      { level: 'team', phase: 'riskManagement' },
    ]);
    expect(formation.aim.gapsWithoutTarget).toEqual([
      { level: 'practice', phase: 'riskManagement' },
      { level: 'team', phase: 'riskManagement' },
    ]);
  });
});

describe('formationPlanChangeSchema', () => {
  const valid = {
    version: 1,
    hoursPerFte: 36,
    targets: [{ level: 'practice', phase: 'safety', role: 'recoveryCoach', people: 2, fte: 1.5 }],
    budget: [
      { source: 'subsidy', label: 'Fonds', amount: 1250.5, startsOn: '2026-01-01', endsOn: '2026-12-31' },
    ],
  };
  const issues = (input: unknown) =>
    (formationPlanChangeSchema.safeParse(input).error?.issues ?? []).map((i) => [
      i.path.join('.'),
      i.message,
    ]);

  it('accepts a plan and fills a missing role and label with null', () => {
    const parsed = formationPlanChangeSchema.parse({
      ...valid,
      targets: [{ level: 'team', phase: 'recovery', people: 1, fte: 1 }],
      budget: [{ source: 'structural', amount: 10, startsOn: '2026-01-01', endsOn: '2026-01-01' }],
    });
    expect(parsed.targets[0]?.role).toBeNull();
    expect(parsed.budget[0]?.label).toBeNull();
  });

  it.each([
    ['negative FTE', { targets: [{ ...valid.targets[0], fte: -0.5 }] }, 'targets.0.fte', 'notNegative'],
    [
      'people not whole',
      { targets: [{ ...valid.targets[0], people: 1.5 }] },
      'targets.0.people',
      'wholeNumber',
    ],
    [
      'negative people',
      { targets: [{ ...valid.targets[0], people: -1 }] },
      'targets.0.people',
      'notNegative',
    ],
    [
      'budget ending before it starts',
      { budget: [{ ...valid.budget[0], startsOn: '2026-05-01', endsOn: '2026-04-30' }] },
      'budget.0.endsOn',
      'datesInWrongOrder',
    ],
    ['negative amount', { budget: [{ ...valid.budget[0], amount: -1 }] }, 'budget.0.amount', 'notNegative'],
    [
      'fractions of cents',
      { budget: [{ ...valid.budget[0], amount: 1.005 }] },
      'budget.0.amount',
      'wholeCents',
    ],
    [
      'the same cell twice',
      { targets: [valid.targets[0], { ...valid.targets[0], people: 5 }] },
      'targets.1.role',
      'targetDuplicate',
    ],
  ])('refuses %s, on that field', (_what, change, path, message) => {
    expect(issues({ ...valid, ...change })).toEqual([[path, message]]);
  });

  it('refuses an unknown field and a staff role unknown to the registry', () => {
    expect(issues({ ...valid, extra: 1 }).map(([path]) => path)).toEqual(['']);
    expect(issues({ ...valid, targets: [{ ...valid.targets[0], role: 'nope' }] })[0]?.[0]).toBe(
      'targets.0.role',
    );
  });
});
