import { describe, expect, it } from 'vitest';
import { earlyPhaseActivities, quarterOf, quarterOptions, registryActivityKeys } from './keys.ts';
import { activityInputSchema, reachInputSchema } from './schema.ts';

describe('quarters chosen from a list', () => {
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-12-31', '2026-Q4'],
  ])('%s falls in %s', (day, quarter) => {
    expect(quarterOf(day)).toBe(quarter);
  });

  it('offers this quarter and the ones before it, newest first, across the turn of the year', () => {
    expect(quarterOptions('2026-05-10', 1)).toEqual([
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
      '2025-Q3',
      '2025-Q2',
      '2025-Q1',
    ]);
    expect(quarterOptions('2026-12-07')).toHaveLength(16);
    expect(quarterOptions('2026-12-07').at(-1)).toBe('2023-Q1');
  });
});

describe('reach split by audience', () => {
  const split = { quarter: '2026-Q2', adults: 5, children: 3, partners: 2, network: 1 };

  it('keeps counts per audience and their sum as the participants', () => {
    expect(reachInputSchema.parse(split)).toEqual({ ...split, sessions: null, participants: 11 });
  });

  it.each([
    [{ children: 1.5 }, 'children', 'wholeNumber'],
    [{ partners: -2 }, 'partners', 'notNegative'],
    [{ network: 100_001 }, 'network', 'tooLarge'],
    [{ quarter: '2026 voorjaar' }, 'quarter', 'quarterFormat'],
  ])('refuses %o on the field %s', (change, path, message) => {
    const issues = reachInputSchema.safeParse({ ...split, ...change }).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([[path, message]]);
  });

  it('refuses names, and a count missing for an audience', () => {
    expect(reachInputSchema.safeParse({ ...split, names: ['Eva'] }).success).toBe(false);
    const { adults: _, ...withoutAdults } = split;
    expect(reachInputSchema.safeParse(withoutAdults).error?.issues[0]?.path).toEqual(['adults']);
  });
});

describe('activities of every phase', () => {
  it('offers phase 1 and 2 activities in the guide’s words beside the framework’s', () => {
    const phases = new Set(earlyPhaseActivities.flatMap((a) => a.phases));
    expect(phases).toEqual(new Set(['safety', 'riskManagement']));
    expect(registryActivityKeys).toEqual(
      expect.arrayContaining(['bridgeFunction', 'outreach', 'involvingPartners', 'recoveryGroups']),
    );
    expect(
      activityInputSchema.parse({ activityKey: 'involvingPartners', phases: ['riskManagement'] }).activityKey,
    ).toBe('involvingPartners');
  });
});
