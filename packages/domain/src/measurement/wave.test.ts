import { describe, expect, it } from 'vitest';
import { computeWaveStatus } from './wave.ts';

const wave = { opensOn: '2026-12-01', closesOn: '2026-12-21', closedAt: null };

describe('computeWaveStatus', () => {
  it.each([
    ['2026-11-30', 'scheduled'],
    ['2026-12-01', 'open'],
    ['2026-12-21', 'open'],
    ['2026-12-22', 'closed'],
  ] as const)('on %s the wave is %s', (today, status) => {
    expect(computeWaveStatus(wave, today)).toBe(status);
  });

  it('is closed once closed early, whatever the dates', () => {
    expect(computeWaveStatus({ ...wave, closedAt: new Date('2026-12-10') }, '2026-12-10')).toBe('closed');
  });
});
