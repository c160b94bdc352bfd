import { describe, expect, it } from 'vitest';
import { comparableGroups, minimumCellSize, suppressBreakdown } from './anonymity.ts';

const k = minimumCellSize;
const groups = (counts: Record<string, number>) => Object.entries(counts).map(([key, n]) => ({ key, n }));
const sum = (counts: Record<string, number>, keys: string[]) =>
  keys.reduce((s, key) => s + (counts[key] ?? 0), 0);

describe('suppressBreakdown', () => {
  it('shows every group when all are large enough and so are their rests', () => {
    expect(suppressBreakdown(groups({ a: 8, b: 6, c: 12 }), k)).toEqual({
      totalVisible: true,
      visible: ['a', 'b', 'c'],
      hidden: [],
    });
  });

  it('hides a small team together with the next smallest, so the total cannot give it away', () => {
    const result = suppressBreakdown(groups({ a: 8, small: 4, c: 12 }), k);
    expect(result.hidden).toEqual([
      { key: 'a', reason: 'complement' },
      { key: 'small', reason: 'tooFew' },
    ]);
    expect(result.visible).toEqual(['c']);
  });

  it('keeps hiding until the hidden teams together reach the threshold', () => {
    const counts = { a: 1, b: 1, c: 1, d: 30, e: 6 };
    const result = suppressBreakdown(groups(counts), k);
    const hidden = result.hidden.map((h) => h.key);
    expect(sum(counts, hidden)).toBeGreaterThanOrEqual(k);
    expect(hidden).toEqual(expect.arrayContaining(['a', 'b', 'c', 'e']));
    expect(result.visible).toEqual(['d']);
  });

  it('hides a team nearly as large as the organisation, since the rest would show', () => {
    const result = suppressBreakdown(groups({ big: 20, tiny: 3 }), k);
    expect(result.visible).toEqual([]);
    expect(result.hidden).toEqual([
      { key: 'big', reason: 'restTooSmall' },
      { key: 'tiny', reason: 'tooFew' },
    ]);
    expect(result.totalVisible).toBe(true);
  });

  it('hides everything, total included, when the organisation has too few responses', () => {
    expect(suppressBreakdown(groups({ a: 2, b: 2 }), k)).toEqual({
      totalVisible: false,
      visible: [],
      hidden: [
        { key: 'a', reason: 'totalTooSmall' },
        { key: 'b', reason: 'totalTooSmall' },
      ],
    });
  });

  it('ignores groups without responses', () => {
    expect(suppressBreakdown(groups({ a: 6, b: 7, empty: 0 }), k).visible).toEqual(['a', 'b']);
  });

  it('uses the higher threshold for sensitive items', () => {
    expect(suppressBreakdown(groups({ a: 9, b: 12, c: 15 }), 10).visible).toEqual(['c']);
  });

  // Attack: whatever the counts, no hidden group may be recovered as "total minus the shown groups".
  it('never leaves a recoverable small group, over many generated breakdowns', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let run = 0; run < 2000; run++) {
      const counts: Record<string, number> = {};
      const size = 1 + Math.floor(random() * 6);
      for (let g = 0; g < size; g++) counts[`g${g}`] = Math.floor(random() * 14);
      const result = suppressBreakdown(groups(counts), k);
      const hidden = result.hidden.map((h) => h.key);
      const total = sum(counts, Object.keys(counts));
      for (const key of result.visible) expect(counts[key]).toBeGreaterThanOrEqual(k);
      if (!result.totalVisible) {
        expect(result.visible).toEqual([]);
        continue;
      }
      const hiddenTotal = sum(counts, hidden);
      if (hidden.length > 0) {
        expect(hidden.length).toBeGreaterThanOrEqual(2);
        expect(hiddenTotal).toBeGreaterThanOrEqual(k);
      }
      // The rest of every shown group is either empty or large enough.
      for (const key of result.visible) {
        const rest = total - (counts[key] ?? 0);
        expect(rest === 0 || rest >= k).toBe(true);
      }
    }
  });
});

describe('comparableGroups', () => {
  it('compares only groups shown in both waves', () => {
    const baseline = suppressBreakdown(groups({ a: 8, b: 6, c: 12 }), k);
    const later = suppressBreakdown(groups({ a: 8, b: 4, c: 12 }), k);
    expect(comparableGroups(baseline, later)).toEqual(['c']);
  });
});
