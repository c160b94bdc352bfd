import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DisclosureCell,
  findDerivableSmallGroup,
  type MarginGroup,
  type PublishedSum,
  suppressLinkedGroups,
} from './disclosure.ts';

/**
 * An independent oracle: exact integer rank (Bareiss elimination on BigInt). A set of cells is
 * derivable exactly when adding its indicator row to the published rows does not raise the rank.
 */
function rank(rows: bigint[][]): number {
  const m = rows.map((row) => [...row]);
  const width = m[0]?.length ?? 0;
  let r = 0;
  let previous = 1n;
  for (let c = 0; c < width && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (pivot === -1) continue;
    [m[r], m[pivot]] = [m[pivot] as bigint[], m[r] as bigint[]];
    const top = m[r] as bigint[];
    for (let i = r + 1; i < m.length; i++) {
      const row = m[i] as bigint[];
      for (let j = c + 1; j < width; j++)
        row[j] =
          ((top[c] as bigint) * (row[j] as bigint) - (row[c] as bigint) * (top[j] as bigint)) / previous;
      row[c] = 0n;
    }
    previous = top[c] as bigint;
    r++;
  }
  return r;
}

function derivableByRank(cellKeys: string[], sums: readonly PublishedSum[], set: readonly string[]): boolean {
  const row = (members: readonly string[]) => cellKeys.map((key) => (members.includes(key) ? 1n : 0n));
  const published = sums.map((sum) => row(sum.cells));
  return rank(published) === rank([...published, row(set)]);
}

/** Every non-empty set of cells under the threshold that the published sums give away (brute force). */
function smallDerivableSets(cells: DisclosureCell[], sums: readonly PublishedSum[], threshold: number) {
  const keys = cells.map((cell) => cell.key);
  const small = cells.filter((cell) => cell.weight < threshold);
  const found: string[][] = [];
  for (let mask = 1; mask < 1 << small.length; mask++) {
    const set = small.filter((_, i) => mask & (1 << i));
    if (set.reduce((sum, cell) => sum + cell.weight, 0) >= threshold) continue;
    if (
      derivableByRank(
        keys,
        sums,
        set.map((cell) => cell.key),
      )
    )
      found.push(set.map((cell) => cell.key));
  }
  return found;
}

/** A wave laid out as teams × perspectives; a weight of 0 is an empty cell. */
type Layout = { teams: string[]; perspectives: string[]; weights: number[] };
function marginsOf({ teams, perspectives, weights }: Layout) {
  const cells: DisclosureCell[] = [];
  teams.forEach((team, t) => {
    perspectives.forEach((perspective, p) => {
      const weight = weights[t * perspectives.length + p] ?? 0;
      if (weight > 0) cells.push({ key: `${team}|${perspective}`, weight });
    });
  });
  const of = (id: string, match: (key: string) => boolean): MarginGroup => ({
    id,
    cells: cells.map((cell) => cell.key).filter(match),
  });
  const total = of('total', () => true);
  const groups = [
    ...teams.map((team) => of(`team:${team}`, (key) => key.startsWith(`${team}|`))),
    ...perspectives.map((p) => of(`perspective:${p}`, (key) => key.endsWith(`|${p}`))),
  ].filter((group) => group.cells.length > 0);
  return { cells, total, groups };
}

const layout = (maxTeams: number) =>
  fc
    .record({
      teams: fc.integer({ min: 1, max: maxTeams }),
      perspectives: fc.subarray(['staff', 'expert', 'management', 'coordinator'], { minLength: 1 }),
    })
    .chain(({ teams, perspectives }) =>
      fc.record({
        teams: fc.constant(['', 'A', 'B', 'C', 'D', 'E'].slice(0, teams)),
        perspectives: fc.constant(perspectives),
        // Mostly small cells: that is where disclosure lives.
        weights: fc.array(
          fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 14 })),
          {
            minLength: teams * perspectives.length,
            maxLength: teams * perspectives.length,
          },
        ),
      }),
    );

const shownSums = (result: ReturnType<typeof suppressLinkedGroups>, margins: ReturnType<typeof marginsOf>) =>
  [margins.total, ...margins.groups].filter((group) => result.get(group.id)?.visible);

describe('findDerivableSmallGroup', () => {
  it('finds the attack of two views of one wave: all staff minus team B is team C', () => {
    const cells = [
      { key: 'A|expert', weight: 12 },
      { key: 'B|staff', weight: 12 },
      { key: 'C|staff', weight: 3 },
    ];
    const sums = [
      { id: 'total', cells: ['A|expert', 'B|staff', 'C|staff'] },
      { id: 'team:B', cells: ['B|staff'] },
      { id: 'perspective:staff', cells: ['B|staff', 'C|staff'] },
      { id: 'perspective:expert', cells: ['A|expert'] },
    ];
    expect(findDerivableSmallGroup(cells, sums, 5)).toEqual({ cells: ['C|staff'], weight: 3 });
  });

  it('finds a small team given away by the total and the other teams', () => {
    const cells = [
      { key: 'A|staff', weight: 8 },
      { key: 'B|staff', weight: 2 },
    ];
    const sums = [
      { id: 'total', cells: ['A|staff', 'B|staff'] },
      { id: 'team:A', cells: ['A|staff'] },
    ];
    expect(findDerivableSmallGroup(cells, sums, 5)?.cells).toEqual(['B|staff']);
  });

  it('finds nothing when two small teams are hidden together and weigh enough', () => {
    const cells = [
      { key: 'A|staff', weight: 8 },
      { key: 'B|staff', weight: 3 },
      { key: 'C|staff', weight: 3 },
    ];
    const sums = [
      { id: 'total', cells: ['A|staff', 'B|staff', 'C|staff'] },
      { id: 'team:A', cells: ['A|staff'] },
    ];
    expect(findDerivableSmallGroup(cells, sums, 5)).toBeNull();
  });

  it('agrees with exact rank arithmetic on generated layouts', () => {
    fc.assert(
      fc.property(
        layout(4),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        (generated, shownFlags) => {
          const margins = marginsOf(generated);
          if (margins.cells.length === 0) return;
          const sums = [margins.total, ...margins.groups.filter((_, i) => shownFlags[i % shownFlags.length])];
          const oracle = smallDerivableSets(margins.cells, sums, 5);
          const found = findDerivableSmallGroup(margins.cells, sums, 5);
          expect(found !== null).toBe(oracle.length > 0);
          if (found) expect(oracle.map((set) => [...set].sort())).toContainEqual([...found.cells].sort());
        },
      ),
      { numRuns: 1500 },
    );
  }, 60_000);
});

describe('suppressLinkedGroups', () => {
  it('hides team C and one of the views that would give it back, for the two-views attack', () => {
    const margins = marginsOf({
      teams: ['A', 'B', 'C'],
      perspectives: ['staff', 'expert'],
      weights: [0, 12, 12, 0, 3, 0],
    });
    const result = suppressLinkedGroups({ ...margins, threshold: 5 });
    expect(result.get('team:C')).toEqual({ visible: false, reason: 'tooFew' });
    expect(result.get('team:B')?.visible && result.get('perspective:staff')?.visible).toBe(false);
    expect(findDerivableSmallGroup(margins.cells, shownSums(result, margins), 5)).toBeNull();
  });

  it('shows a shelter of 20 staff in four teams of five whole', () => {
    const margins = marginsOf({
      teams: ['A', 'B', 'C', 'D'],
      perspectives: ['staff'],
      weights: [5, 5, 5, 5],
    });
    const result = suppressLinkedGroups({ ...margins, threshold: 5 });
    expect([...result.values()].every((visibility) => visibility.visible)).toBe(true);
  });

  it('hides nothing but what it must: one team of three takes one other team with it', () => {
    const margins = marginsOf({
      teams: ['A', 'B', 'C', 'D'],
      perspectives: ['staff'],
      weights: [8, 6, 3, 12],
    });
    const result = suppressLinkedGroups({ ...margins, threshold: 5 });
    const hidden = [...result].filter(([, v]) => !v.visible).map(([id]) => id);
    expect(hidden.sort()).toEqual(['team:B', 'team:C']);
  });

  it('shows nothing, not even the total, under the threshold', () => {
    const margins = marginsOf({ teams: ['A'], perspectives: ['staff'], weights: [4] });
    const result = suppressLinkedGroups({ ...margins, threshold: 5 });
    expect(result.get('total')).toEqual({ visible: false, reason: 'totalTooSmall' });
  });

  it('passes the exact-rank oracle too: nothing small is derivable from what it shows', () => {
    fc.assert(
      fc.property(layout(4), (generated) => {
        const margins = marginsOf(generated);
        if (margins.cells.length === 0) return;
        const result = suppressLinkedGroups({ ...margins, threshold: 5 });
        expect(smallDerivableSets(margins.cells, shownSums(result, margins), 5)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('leaves no small group derivable from what it shows, over 10,000 generated waves', () => {
    fc.assert(
      fc.property(layout(6), fc.constantFrom(5, 10), (generated, threshold) => {
        const margins = marginsOf(generated);
        if (margins.cells.length === 0) return;
        const result = suppressLinkedGroups({ ...margins, threshold });
        expect(findDerivableSmallGroup(margins.cells, shownSums(result, margins), threshold)).toBeNull();
        for (const group of margins.groups) {
          const weight = group.cells.reduce(
            (sum, key) => sum + (margins.cells.find((c) => c.key === key)?.weight ?? 0),
            0,
          );
          if (result.get(group.id)?.visible) expect(weight).toBeGreaterThanOrEqual(threshold);
        }
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);
});
