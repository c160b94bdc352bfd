import { describe, expect, it } from 'vitest';
import { reportRequestSchema } from './schemas.ts';
import { hasReportData, qualityMarkIndicators, reportVariants, sectionsOf, showsOwners } from './variants.ts';

describe('report variants', () => {
  it('gives every variant the roadmap status', () => {
    for (const variant of reportVariants) expect(sectionsOf(variant)).toContain('roadmapStatus');
  });

  it('maps the three phases to Keurmerk indicators 1–3, in order, only in the audit view', () => {
    expect(qualityMarkIndicators.map((i) => [i.indicator, i.phaseKey])).toEqual([
      [1, 'safety'],
      [2, 'riskManagement'],
      [3, 'recovery'],
    ]);
    expect(reportVariants.filter((v) => sectionsOf(v).includes('qualityMark'))).toEqual(['audit']);
  });

  it('gives every variant the implementatiemonitor, after the roadmap status', () => {
    for (const variant of reportVariants) {
      const sections = sectionsOf(variant);
      expect(sections.indexOf('monitor')).toBe(sections.indexOf('roadmapStatus') + 1);
    }
  });

  it('names goal owners only for the board and the audit', () => {
    expect(reportVariants.filter(showsOwners)).toEqual(['board', 'audit']);
  });

  it.each([
    [{ roadmapChanges: 0, goals: 0, closedWaves: 0 }, false],
    [{ roadmapChanges: 1, goals: 0, closedWaves: 0 }, true],
    [{ roadmapChanges: 0, goals: 0, closedWaves: 1 }, true],
  ])('%o has data: %s', (facts, expected) => {
    expect(hasReportData(facts)).toBe(expected);
  });

  it('refuses an unknown variant, a year out of range or an unknown field', () => {
    expect(reportRequestSchema.safeParse({ variant: 'press' }).success).toBe(false);
    expect(reportRequestSchema.safeParse({ variant: 'board', year: 1999 }).success).toBe(false);
    expect(reportRequestSchema.safeParse({ variant: 'board', name: 'x' }).success).toBe(false);
    expect(reportRequestSchema.parse({ variant: 'audit' })).toEqual({ variant: 'audit', year: null });
  });
});
