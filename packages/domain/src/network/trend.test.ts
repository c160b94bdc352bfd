import { describe, expect, it } from 'vitest';
import { computeTrend, type DatedContribution } from './trend.ts';

const point = (orgId: string, date: string, value: number | null, optedOut = false): DatedContribution => ({
  orgId,
  date,
  value,
  optedOut,
});

describe('computeTrend', () => {
  it('aggregates each year on its own, using each organisation’s latest value in that year', () => {
    const points = [
      ...['a', 'b', 'c', 'd', 'e'].map((org) => point(org, '2025-03-01', 2)),
      ...['a', 'b', 'c', 'd', 'e'].map((org) => point(org, '2025-11-01', 3)),
      ...['a', 'b', 'c', 'd'].map((org) => point(org, '2026-06-01', 4)),
    ];
    expect(computeTrend(points)).toEqual([
      { year: 2025, figure: { withheld: false, organisations: 5, q1: null, median: 3, q3: null } },
      { year: 2026, figure: { withheld: true, reason: 'tooFewOrganisations' } },
    ]);
  });

  it('does not let an opted-out organisation fill a year up to five', () => {
    const points = [
      ...['a', 'b', 'c', 'd'].map((org) => point(org, '2026-06-01', 4)),
      point('e', '2026-06-01', 4, true),
    ];
    expect(computeTrend(points)[0]?.figure).toEqual({ withheld: true, reason: 'tooFewOrganisations' });
  });

  it('lists years in order', () => {
    const points = ['2027', '2024', '2026'].flatMap((year) =>
      ['a', 'b', 'c', 'd', 'e'].map((org) => point(org, `${year}-01-01`, 1)),
    );
    expect(computeTrend(points).map((p) => p.year)).toEqual([2024, 2026, 2027]);
  });
});
