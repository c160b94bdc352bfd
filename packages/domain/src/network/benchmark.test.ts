import { describe, expect, it } from 'vitest';
import {
  aggregateFigure,
  type Contribution,
  computeQuartiles,
  countCategories,
  minimumOrganisations,
} from './benchmark.ts';

const orgs = (values: Array<number | null>, extra: Partial<Contribution> = {}): Contribution[] =>
  values.map((value, i) => ({ orgId: `org-${i}`, value, optedOut: false, ...extra }));

describe('computeQuartiles', () => {
  it.each<[number[], { q1: number; median: number; q3: number }]>([
    // The first and third quartile land on one organisation: taken halfway to the next instead.
    [[1, 2, 3, 4, 5], { q1: 2.5, median: 3, q3: 4.5 }],
    [[5, 4, 3, 2, 1], { q1: 2.5, median: 3, q3: 4.5 }],
    [[1, 2, 3, 4, 5, 6, 7], { q1: 2.5, median: 4, q3: 5.5 }],
    [[1, 2, 3, 4, 5, 6], { q1: 2.3, median: 3.5, q3: 4.8 }],
    [[3, 3, 3, 3, 3], { q1: 3, median: 3, q3: 3 }],
    [[2.5, 2.5, 4, 4, 4, 4], { q1: 2.9, median: 4, q3: 4 }],
    [[7], { q1: 7, median: 7, q3: 7 }],
  ])('%j → %j', (values, expected) => {
    expect(computeQuartiles(values)).toEqual(expected);
  });

  it('refuses an empty list rather than inventing a figure', () => {
    expect(() => computeQuartiles([])).toThrow();
  });
});

describe('aggregateFigure', () => {
  it('gives a median over five organisations, but no quartiles: they would be two of them', () => {
    expect(aggregateFigure(orgs([3.1, 3.4, 2.9, 4.0, 3.6]))).toEqual({
      withheld: false,
      organisations: 5,
      q1: null,
      median: 3.4,
      q3: null,
    });
  });

  it('gives quartiles from seven organisations, none of them one organisation’s value', () => {
    const values = [3.1, 3.4, 2.9, 4.0, 3.6, 2.2, 3.8];
    const figure = aggregateFigure(orgs(values));
    expect(figure).toEqual({ withheld: false, organisations: 7, q1: 3, median: 3.4, q3: 3.7 });
    if (figure.withheld) throw new Error('shown');
    expect(values).not.toContain(figure.q1);
    expect(values).not.toContain(figure.q3);
  });

  it.each<[string, Contribution[]]>([
    ['four organisations', orgs([1, 2, 3, 4])],
    ['no organisations', []],
    ['five, one of them opted out', orgs([1, 2, 3, 4, 5]).map((c, i) => ({ ...c, optedOut: i === 0 }))],
    ['five, one without a shown value', orgs([1, 2, 3, 4, null])],
    [
      'five rows, but two from the same organisation',
      [...orgs([1, 2, 3, 4]), { orgId: 'org-0', value: 9, optedOut: false }],
    ],
    ['five, one not a number', orgs([1, 2, 3, 4, Number.NaN])],
    ['all opted out', orgs([1, 2, 3, 4, 5, 6], { optedOut: true })],
  ])('withholds the figure with %s, never approximating it', (_case, contributions) => {
    expect(aggregateFigure(contributions)).toEqual({ withheld: true, reason: 'tooFewOrganisations' });
  });

  it('never lowers the minimum below five, whatever the caller asks', () => {
    expect(aggregateFigure(orgs([1, 2, 3]), 2)).toEqual({ withheld: true, reason: 'tooFewOrganisations' });
    expect(minimumOrganisations).toBe(5);
  });

  it('leaves opted-out organisations out of the figure itself, not only the count', () => {
    const contributions = [
      ...orgs([3, 3, 3, 3, 3]),
      { orgId: 'outlier', value: 100, optedOut: true },
      { orgId: 'outlier-2', value: 100, optedOut: true },
      { orgId: 'outlier-3', value: 100, optedOut: true },
    ];
    expect(aggregateFigure(contributions)).toMatchObject({ organisations: 5, q3: null, median: 3 });
  });

  it('withholds a figure one organisation dominates, however many others take part', () => {
    const contributions = orgs([3, 3, 3, 3, 3, 3]).map((c, i) => ({ ...c, weight: i === 0 ? 600 : 100 }));
    expect(aggregateFigure(contributions)).toEqual({ withheld: true, reason: 'dominated' });
  });

  it('shows a figure where the largest organisation holds exactly half', () => {
    const contributions = orgs([3, 3, 3, 3, 3, 3]).map((c, i) => ({ ...c, weight: i === 0 ? 500 : 100 }));
    expect(aggregateFigure(contributions).withheld).toBe(false);
  });

  it('handles ties: equal values give equal quartiles', () => {
    expect(aggregateFigure(orgs([4, 4, 4, 4, 4, 4, 4]))).toEqual({
      withheld: false,
      organisations: 7,
      q1: 4,
      median: 4,
      q3: 4,
    });
  });

  it('names no organisation in its answer', () => {
    const contributions = orgs([1, 2, 3, 4, 5, 6]).map((c) => ({ ...c, orgId: `secret-${c.orgId}` }));
    expect(JSON.stringify(aggregateFigure(contributions))).not.toContain('secret');
  });
});

describe('countCategories', () => {
  const stages = ['notStarted', 'exploring', 'developing', 'embedded'] as const;
  const entry = (orgId: string, category: (typeof stages)[number] | null, optedOut = false) => ({
    orgId,
    category,
    optedOut,
  });
  /** Five organisations, three of them exploring; the last one may have opted out. */
  const fiveOrganisations = ({ lastOptedOut = false } = {}) => [
    entry('a', 'exploring'),
    entry('b', 'exploring'),
    entry('c', 'embedded'),
    entry('d', 'notStarted'),
    entry('e', 'exploring', lastOptedOut),
  ];

  it('counts organisations per category, listing empty ones', () => {
    expect(countCategories(fiveOrganisations(), stages)).toEqual({
      withheld: false,
      organisations: 5,
      counts: { notStarted: 1, exploring: 3, developing: 0, embedded: 1 },
    });
  });

  it('withholds the spread over four organisations once the opted-out one is left out', () => {
    expect(countCategories(fiveOrganisations({ lastOptedOut: true }), stages)).toEqual({
      withheld: true,
      reason: 'tooFewOrganisations',
    });
  });
});
