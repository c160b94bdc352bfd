import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDerivableSmallGroup } from './disclosure.ts';
import { itemsForPerspective, type LikertAnswer, type Perspective } from './instrument.ts';
import { instrumentV1 } from './instrument-v1.ts';
import { auditItemResults, publishItemResults, tallyItemsByCell } from './item-results.ts';
import { type PublishedWave, publishWave } from './publication.ts';
import { tallyByCell } from './tally.ts';

const { scales, items } = instrumentV1;
const thresholds = { minCell: 5, minSensitiveCell: 10 };
const likertKeys = items.filter((item) => item.kind === 'likert').map((item) => item.key);

type Spec = { team: string | null; perspective: Perspective; n: number; value?: number; dontKnow?: boolean };

function responsesOf(specs: Spec[]) {
  return specs.flatMap((s) =>
    Array.from({ length: s.n }, (_, i) => ({
      teamId: s.team,
      perspective: s.perspective,
      answers: Object.fromEntries(
        itemsForPerspective(items, s.perspective)
          .filter((item) => item.kind === 'likert')
          .map((item) => [
            item.key,
            (s.dontKnow && i % 2 === 0 ? 'dontKnow' : (s.value ?? 4)) as LikertAnswer,
          ]),
      ),
    })),
  );
}

function publishAll(specs: Spec[], uniform: (key: string) => number = () => 0.5) {
  const responses = responsesOf(specs);
  const cells = tallyByCell(responses, { scales, items }).map((cell) => ({
    ...cell,
    declared: cell.tally.responses,
    viaSharedLink: false,
  }));
  const published = publishWave({
    scales,
    items,
    cells,
    teamLabels: new Map(['A', 'B', 'C'].map((team) => [team, `Team ${team}`])),
    thresholds,
    invitationResponses: 0,
    uniform,
  });
  const cellTallies = tallyItemsByCell(responses, items);
  return { published: publishItemResults({ published, items, cellTallies, uniform }), cellTallies };
}

/** A uniform number per key, the same for the same key (as the publisher's keyed source is). */
const keyedUniform = (key: string) => {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
  return (hash + 0.5) / 2 ** 32;
};

const itemOf = (published: PublishedWave, groupId: string, itemKey: string) =>
  published.groups.find((g) => g.id === groupId)?.items?.[itemKey];

describe('tallyItemsByCell', () => {
  it('counts each Likert answer per cell, "weet ik niet" apart', () => {
    const tallies = tallyItemsByCell(
      [
        { teamId: 'A', perspective: 'staff', answers: { knowledgeDifference: 4 } },
        { teamId: 'A', perspective: 'staff', answers: { knowledgeDifference: 'dontKnow' } },
        { teamId: null, perspective: 'staff', answers: { knowledgeDifference: 2 } },
      ],
      items,
    );
    expect(tallies.get('A|staff')?.get('knowledgeDifference')).toEqual({
      1: 0,
      2: 0,
      3: 0,
      4: 1,
      5: 0,
      dontKnow: 1,
    });
    expect(tallies.get('|staff')?.get('knowledgeDifference')?.[2]).toBe(1);
  });
});

describe('publishItemResults', () => {
  it('shows an item where its group and scale are shown, with its spread in whole percentages', () => {
    const { published } = publishAll([
      { team: 'A', perspective: 'staff', n: 6, value: 2 },
      { team: 'B', perspective: 'staff', n: 7, value: 4 },
    ]);
    expect(itemOf(published, 'total', 'knowledgeDifference')).toEqual({
      n: 13,
      mean: 3.1,
      shares: { 1: 0, 2: 46, 3: 0, 4: 54, 5: 0 },
      dontKnowShare: 0,
    });
    expect(itemOf(published, 'team:A', 'knowledgeDifference')).toMatchObject({ n: 6, mean: 2 });
    // An item asked only of experts and leadership is not asked of staff at all.
    expect(itemOf(published, 'total', 'knowledgeRegistration')).toBeUndefined();
  });

  it('hides an item in a shown team when too few there were asked it, so that it cannot be subtracted', () => {
    // Team A shows (9 people), but only 3 experts there were asked the registration item.
    const { published, cellTallies } = publishAll([
      { team: 'A', perspective: 'staff', n: 6 },
      { team: 'A', perspective: 'expert', n: 3 },
      { team: 'B', perspective: 'staff', n: 6 },
      { team: 'B', perspective: 'expert', n: 4 },
    ]);
    expect(published.groups.find((g) => g.id === 'team:A')?.visibility.visible).toBe(true);
    expect(itemOf(published, 'team:A', 'knowledgeRegistration')).toEqual({ hidden: 'tooFew' });
    expect(itemOf(published, 'perspective:expert', 'knowledgeRegistration')).toMatchObject({ n: 7 });
    expect(auditItemResults(published, cellTallies, likertKeys)).toEqual([]);
  });

  it('counts only answers 1 to 5 towards the threshold, not "weet ik niet"', () => {
    // Five staff answered, but half of team A said "weet ik niet": 3 answers there.
    const { published } = publishAll([
      { team: 'A', perspective: 'staff', n: 6, dontKnow: true },
      { team: 'B', perspective: 'staff', n: 8 },
    ]);
    const teamA = itemOf(published, 'team:A', 'knowledgeDifference');
    expect(teamA && 'hidden' in teamA).toBe(true);
    // …and team B alone would then be the total minus team A: hidden with it.
    const teamB = itemOf(published, 'team:B', 'knowledgeDifference');
    expect(teamB && 'hidden' in teamB).toBe(true);
  });

  it('gives the same cells the same noise: a group shown in two views is one figure', () => {
    const { published } = publishAll([{ team: 'A', perspective: 'staff', n: 9, value: 3 }], keyedUniform);
    expect(itemOf(published, 'total', 'climateSupport')).toEqual(
      itemOf(published, 'team:A', 'climateSupport'),
    );
    expect(itemOf(published, 'total', 'climateSupport')).toEqual(
      itemOf(published, 'perspective:staff', 'climateSupport'),
    );
  });

  it('shows nothing item-level in a group whose headcount is hidden', () => {
    const { published } = publishAll([
      { team: 'A', perspective: 'staff', n: 12 },
      { team: 'B', perspective: 'staff', n: 3 },
    ]);
    expect(published.groups.find((g) => g.id === 'team:B')?.items).toBeUndefined();
  });

  it('never shows an item figure the pattern suppresses, nor lets one be derived, in any generated wave', () => {
    const perspectives: Perspective[] = ['staff', 'expert', 'management'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            team: fc.constantFrom(null, 'A', 'B', 'C'),
            perspective: fc.constantFrom(...perspectives),
            n: fc.integer({ min: 1, max: 9 }),
            dontKnow: fc.boolean(),
            value: fc.integer({ min: 1, max: 5 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (specs) => {
          const { published, cellTallies } = publishAll(specs, keyedUniform);
          expect(auditItemResults(published, cellTallies, likertKeys)).toEqual([]);
          for (const group of published.groups) {
            if (!group.visibility.visible) {
              expect(group.items).toBeUndefined();
              continue;
            }
            for (const [itemKey, figure] of Object.entries(group.items ?? {})) {
              if ('hidden' in figure) continue;
              const scaleKey = items.find((item) => item.key === itemKey)?.scaleKey ?? '';
              // Shown only where the wave's pattern shows the group and the item's scale.
              const scale = group.scales[scaleKey];
              expect(scale && !('hidden' in scale)).toBe(true);
              expect(figure.n).toBeGreaterThanOrEqual(thresholds.minCell);
            }
          }
          // The insider: every item figure of every group at once, across all items of one scale
          // share their cells, so combining them must not give a small group either.
          for (const itemKey of likertKeys) {
            const weights = [...cellTallies].flatMap(([key, byItem]) => {
              const c = byItem.get(itemKey);
              return c ? [{ key, weight: c[1] + c[2] + c[3] + c[4] + c[5] }] : [];
            });
            const asked = new Set(weights.map((w) => w.key));
            const shown = published.groups
              .filter((g) => {
                const f = g.items?.[itemKey];
                return f !== undefined && !('hidden' in f);
              })
              .map((g) => ({ id: g.id, cells: g.cells.filter((key) => asked.has(key)) }));
            expect(findDerivableSmallGroup(weights, shown, thresholds.minCell)).toBeNull();
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
