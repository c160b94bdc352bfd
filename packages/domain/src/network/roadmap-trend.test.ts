import { describe, expect, it } from 'vitest';
import { type StatusChange, statusesAt } from './roadmap-trend.ts';

const change = (itemKey: string, changedAt: string, to: string, field = 'status'): StatusChange => ({
  itemKey,
  changedAt,
  changes: [{ field, from: null, to }],
});

describe('statusesAt', () => {
  const history = [
    change('vision', '2025-02-01T10:00:00Z', 'inProgress'),
    change('vision', '2025-12-31T23:00:00Z', 'done'),
    change('budget', '2026-01-02T09:00:00Z', 'done'),
    change('budget', '2025-05-01T09:00:00Z', 'notes', 'notes'),
    change('unknown', '2025-05-01T09:00:00Z', 'done'),
    change('team', '2025-05-01T09:00:00Z', 'bogus'),
  ];

  it('takes the last status change up to and including the day', () => {
    expect(Object.fromEntries(statusesAt(['vision', 'budget', 'team'], history, '2025-12-31'))).toEqual({
      vision: 'done',
      budget: 'notStarted',
      team: 'notStarted',
    });
  });

  it('ignores later changes, other fields, unknown items and unknown statuses', () => {
    expect(Object.fromEntries(statusesAt(['vision', 'budget', 'team'], history, '2025-06-30'))).toEqual({
      vision: 'inProgress',
      budget: 'notStarted',
      team: 'notStarted',
    });
  });

  it('does not depend on the order of the history', () => {
    expect(statusesAt(['vision'], [...history].reverse(), '2026-01-01').get('vision')).toBe('done');
  });
});
