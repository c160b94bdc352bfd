import { describe, expect, it } from 'vitest';
import { defaultRegistryNorms, hoursInPeriod } from './norms.ts';

const norms = {
  ...defaultRegistryNorms,
  registerplein: { periodMonths: 60, reflectionHours: 10 },
  skj: { periodMonths: 12, reflectionHours: 4 },
};
const logs = [
  { kind: 'supervision', heldOn: '2021-06-01', hours: 2 }, // on the period's first day: before it
  { kind: 'supervision', heldOn: '2022-01-01', hours: 3 },
  { kind: 'intervision', heldOn: '2026-01-10', hours: 1.5 },
  { kind: 'training', heldOn: '2026-02-01', hours: 8 }, // a training is not reflection
  { kind: 'intervision', heldOn: '2026-03-01', hours: null }, // no duration: counts for nothing
  { kind: 'intervision', heldOn: '2026-07-01', hours: 1 }, // after the expiry
];

describe('hoursInPeriod', () => {
  it('counts the reflection hours of each register’s own period against its own norm', () => {
    expect(hoursInPeriod('registerplein', '2026-06-01', logs, norms)).toEqual({
      register: 'registerplein',
      from: '2021-06-01',
      to: '2026-06-01',
      hours: 4.5,
      norm: 10,
      short: 5.5,
    });
    expect(hoursInPeriod('skj', '2026-06-01', logs, norms)).toMatchObject({
      from: '2025-06-01',
      hours: 1.5,
      short: 2.5,
    });
  });

  it('is not short once the norm is met', () => {
    expect(
      hoursInPeriod(
        'skj',
        '2026-06-01',
        [...logs, { kind: 'supervision', heldOn: '2026-05-01', hours: 3 }],
        norms,
      ).short,
    ).toBe(0);
  });
});
