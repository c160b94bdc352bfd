import { describe, expect, it } from 'vitest';
import { computeRoadmapMaturity } from './maturity.ts';
import { computeRoadmapTrend, trendQuarters } from './trend.ts';

const items = [
  { itemKey: 'inventory', stepKey: 'exploration' as const, optional: false },
  { itemKey: 'baselineMeasurement', stepKey: 'exploration' as const, optional: true },
  { itemKey: 'vision', stepKey: 'supportAndVision' as const, optional: false },
  { itemKey: 'managementTraining', stepKey: 'supportAndVision' as const, optional: true },
];
const status = (itemKey: string, changedAt: string, from: string, to: string) => ({
  itemKey,
  changedAt,
  changes: [{ field: 'status', from, to }],
});

describe('the roadmap over time', () => {
  it('has no points before the first status change', () => {
    expect(computeRoadmapTrend(items, [], '2026-12-06')).toEqual([]);
    const notesOnly = [
      {
        itemKey: 'vision',
        changedAt: '2026-01-05T10:00:00Z',
        changes: [{ field: 'notes', from: '', to: 'x' }],
      },
    ];
    expect(computeRoadmapTrend(items, notesOnly, '2026-12-06')).toEqual([]);
  });

  it('gives each quarter its end state, and today for the quarter not yet over', () => {
    const history = [
      status('inventory', '2026-02-10T09:00:00Z', 'notStarted', 'done'),
      status('vision', '2026-05-01T09:00:00Z', 'notStarted', 'inProgress'),
      status('vision', '2026-06-30T21:00:00Z', 'inProgress', 'done'),
      status('baselineMeasurement', '2026-11-20T09:00:00Z', 'notStarted', 'done'),
    ];
    const trend = computeRoadmapTrend(items, history, '2026-12-06');
    expect(trend.map((p) => [p.quarter, p.day, p.percent])).toEqual([
      ['2026-Q1', '2026-03-31', 25],
      ['2026-Q2', '2026-06-30', 50],
      ['2026-Q3', '2026-09-30', 50],
      ['2026-Q4', '2026-12-06', 75],
    ]);
    // The last point is today's state, by the same rule as the overview's.
    const today = computeRoadmapMaturity([
      {
        stepKey: 'exploration',
        items: [
          { status: 'done', optional: false },
          { status: 'done', optional: true },
        ],
      },
      {
        stepKey: 'supportAndVision',
        items: [
          { status: 'done', optional: false },
          { status: 'notStarted', optional: true },
        ],
      },
    ]);
    expect(trend.at(-1)).toMatchObject({ percent: today.overall.percent, stage: today.stage });
  });

  it('shows at most the last twelve quarters', () => {
    const history = [status('inventory', '2020-01-10T09:00:00Z', 'notStarted', 'done')];
    const trend = computeRoadmapTrend(items, history, '2026-12-06');
    expect(trend).toHaveLength(trendQuarters);
    expect(trend[0]?.quarter).toBe('2024-Q1');
    expect(trend.at(-1)?.quarter).toBe('2026-Q4');
  });
});
