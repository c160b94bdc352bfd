import { describe, expect, it } from 'vitest';
import { itemsForPerspective, type LikertAnswer } from './instrument.ts';
import { instrumentV1 } from './instrument-v1.ts';
import { summariseScale } from './scoring.ts';
import { addCellTallies, emptyCellTally, tallyByCell, tallyResponse } from './tally.ts';

const { scales, items } = instrumentV1;
const knowledge = scales.find((scale) => scale.key === 'knowledge') ?? scales[0];

/** A staff response whose Likert answers follow a seed, so responses differ. */
function answers(seed: number): Record<string, LikertAnswer | string> {
  const result: Record<string, LikertAnswer | string> = {};
  itemsForPerspective(items, 'staff').forEach((item, index) => {
    if (item.kind !== 'likert') return;
    const value = (seed * 7 + index * 3) % 6;
    result[item.key] = value === 0 ? 'dontKnow' : (value as LikertAnswer);
  });
  return result;
}

describe('tallies', () => {
  const responses = Array.from({ length: 40 }, (_, i) => answers(i));

  it('add up to the same summary as scoring every response at once, in any grouping', () => {
    if (!knowledge) throw new Error('no scale');
    const direct = summariseScale(responses, knowledge, items);
    const inTwo = [responses.slice(0, 13), responses.slice(13)].map((part) =>
      part.reduce((sum, a) => addCellTallies(sum, tallyResponse(a, { scales, items })), emptyCellTally()),
    );
    const merged = addCellTallies(inTwo[0] ?? emptyCellTally(), inTwo[1] ?? emptyCellTally());
    expect(merged.responses).toBe(40);
    const tally = merged.scales[knowledge.key];
    expect(tally?.n).toBe(direct.n);
    expect(tally?.distribution).toEqual(direct.distribution);
    expect(Math.round(((tally?.sum ?? 0) / (tally?.n ?? 1)) * 10) / 10).toBe(direct.mean);
  });

  it('count sensitive answers per option, and leave out items nobody answered', () => {
    const tally = tallyResponse(
      { ...answers(1), ownExperienceDomesticViolence: 'preferNotToSay' },
      { scales, items },
    );
    expect(tally.sensitive).toEqual({ ownExperienceDomesticViolence: { preferNotToSay: 1 } });
    expect(tallyResponse(answers(1), { scales, items }).sensitive).toEqual({});
  });

  it('keep scales a perspective was not asked out of its tally', () => {
    const tally = tallyResponse(answers(2), { scales, items });
    const asked = new Set(itemsForPerspective(items, 'staff').map((item) => item.scaleKey));
    expect(Object.keys(tally.scales).every((key) => asked.has(key))).toBe(true);
  });

  it('group responses per team and perspective', () => {
    const cells = tallyByCell(
      [
        { teamId: 'a', perspective: 'staff', answers: answers(1) },
        { teamId: 'a', perspective: 'staff', answers: answers(2) },
        { teamId: null, perspective: 'staff', answers: answers(3) },
      ],
      { scales, items },
    );
    expect(cells.map((cell) => [cell.teamId, cell.tally.responses])).toEqual([
      ['a', 2],
      [null, 1],
    ]);
  });
});
