import { describe, expect, it } from 'vitest';
import { formatPeriod, formatTakenAt } from './format.ts';

describe('a network snapshot’s dates in words', () => {
  it('writes the month in the reader’s language', () => {
    expect(formatPeriod('2026-12', 'nl')).toBe('december 2026');
    expect(formatPeriod('2026-12', 'en')).toBe('December 2026');
    expect(formatPeriod('2027-01', 'nl')).toBe('januari 2027');
  });

  it('writes the day it was worked out', () => {
    expect(formatTakenAt('2026-12-06T12:00:00.000Z', 'nl')).toBe('6 december 2026');
    expect(formatTakenAt('2026-12-06T12:00:00.000Z', 'en')).toBe('December 6, 2026');
  });

  it('shows what it got when that is not a date', () => {
    expect(formatPeriod('december', 'nl')).toBe('december');
    expect(formatTakenAt('later', 'nl')).toBe('later');
  });
});
