import { describe, expect, it } from 'vitest';
import { addDays, formatDifference, formatMean, formatShare } from '../../../lib/format.ts';
import { gap, scalesAskedOf, sortGroups } from './words.ts';

describe('numbers in words', () => {
  it('writes means, differences and shares in the reader’s language', () => {
    expect(formatMean(3, 'nl')).toBe('3,0');
    expect(formatMean(3.4, 'en')).toBe('3.4');
    expect(formatDifference(0.4, 'nl')).toBe('+0,4');
    expect(formatDifference(-0.2, 'en')).toBe('-0.2');
    expect(formatDifference(0, 'nl')).toBe('0,0');
    expect(formatShare(0.12, 'nl')).toMatch(/^12\s?%$/);
  });

  it('takes the difference of the shown means, and none when one is hidden', () => {
    expect(gap(4.2, 3.0)).toBe(1.2);
    expect(gap(3.1, 3.3)).toBe(-0.2);
    expect(gap(null, 3)).toBeNull();
    expect(gap(3, undefined)).toBeNull();
  });

  it('leaves out scales nobody in the group was asked', () => {
    const content = {
      scales: [{ key: 'knowledge' }, { key: 'selfAssessment' }],
      items: [
        { scaleKey: 'knowledge', kind: 'likert', perspectives: ['staff', 'management'] },
        { scaleKey: 'selfAssessment', kind: 'likert', perspectives: ['management'] },
        { scaleKey: 'knowledge', kind: 'open', perspectives: ['expert'] },
      ],
    };
    expect(scalesAskedOf(content, ['staff', 'expert']).map((s) => s.key)).toEqual(['knowledge']);
    expect(scalesAskedOf(content, ['management']).map((s) => s.key)).toEqual(['knowledge', 'selfAssessment']);
    expect(scalesAskedOf(content, ['expert'])).toEqual([]);
  });

  it('counts days across a month', () => {
    expect(addDays('2026-01-25', 21)).toBe('2026-02-15');
  });

  it('puts perspectives in their fixed order and teams by name', () => {
    const groups = [{ key: 'expert' }, { key: 'staff' }];
    expect(sortGroups(groups, (k) => k, ['staff', 'expert']).map((g) => g.key)).toEqual(['staff', 'expert']);
    const teams = [{ key: 'b' }, { key: 'a' }];
    const names: Record<string, string> = { a: 'West', b: 'Oost' };
    expect(sortGroups(teams, (k) => names[k] ?? k).map((g) => g.key)).toEqual(['b', 'a']);
  });
});
