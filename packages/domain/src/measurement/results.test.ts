import { describe, expect, it } from 'vitest';
import { itemsForPerspective, type LikertAnswer, type LikertValue, type Perspective } from './instrument.ts';
import { instrumentV1 } from './instrument-v1.ts';
import { buildWaveResults, type StoredResponse } from './results.ts';
import { tallyByCell } from './tally.ts';

const thresholds = { minCell: 5, minSensitiveCell: 10 };
const { scales, items } = instrumentV1;

/** A staff response with every Likert item answered `value`, optionally leaving out one scale. */
function response(
  teamId: string,
  value: number,
  opts: { perspective?: Perspective; skipScale?: string; sensitive?: string } = {},
): StoredResponse {
  const perspective = opts.perspective ?? 'staff';
  const answers: Record<string, LikertAnswer | string> = {};
  for (const item of itemsForPerspective(items, perspective)) {
    if (item.kind !== 'likert') continue;
    answers[item.key] = item.scaleKey === opts.skipScale ? 'dontKnow' : (value as LikertValue);
  }
  if (opts.sensitive) answers.ownExperienceDomesticViolence = opts.sensitive;
  return { teamId, perspective, answers };
}
/** Results straight from responses, tallied per team and perspective as the server stores them. */
const resultsFor = ({
  responses,
  ...rest
}: Omit<Parameters<typeof buildWaveResults>[0], 'cells'> & { responses: StoredResponse[] }) =>
  buildWaveResults({ ...rest, cells: tallyByCell(responses, { scales, items }) });
const many = (n: number, make: (i: number) => StoredResponse) => Array.from({ length: n }, (_, i) => make(i));

describe('buildWaveResults', () => {
  it('shows scale means for the whole wave once there are enough responses', () => {
    const results = resultsFor({
      scales,
      items,
      responses: many(6, () => response('a', 4)),
      breakdown: 'none',
      thresholds,
    });
    expect(results.total).toMatchObject({ visible: true, n: 6 });
    if (!results.total.visible) throw new Error('total hidden');
    expect(results.total.scales.knowledge).toMatchObject({ n: 6 });
  });

  it('shows nothing when the wave has fewer than five responses', () => {
    const results = resultsFor({
      scales,
      items,
      responses: many(4, () => response('a', 4)),
      breakdown: 'team',
      thresholds,
    });
    expect(results.total).toEqual({ visible: false, reason: 'totalTooSmall' });
    expect(results.groups.every((g) => !g.cell.visible)).toBe(true);
  });

  it('hides a team of four together with the team that would give it away', () => {
    const responses = [
      ...many(6, () => response('a', 2)),
      ...many(4, () => response('b', 5)),
      ...many(8, () => response('c', 3)),
    ];
    const results = resultsFor({ scales, items, responses, breakdown: 'team', thresholds });
    const visible = results.groups.filter((g) => g.cell.visible).map((g) => g.key);
    expect(visible).toEqual(['c']);
    expect(results.groups.find((g) => g.key === 'b')?.cell).toEqual({ visible: false, reason: 'tooFew' });
    expect(results.groups.find((g) => g.key === 'a')?.cell).toEqual({ visible: false, reason: 'complement' });
  });

  it('hides a scale of a shown team when too few people there answered it, and its complement too', () => {
    const responses = [
      ...many(6, (i) => response('a', 2, i < 3 ? { skipScale: 'climate' } : {})),
      ...many(7, () => response('b', 4)),
      ...many(9, () => response('c', 3)),
    ];
    const results = resultsFor({ scales, items, responses, breakdown: 'team', thresholds });
    const cell = (key: string) => results.groups.find((g) => g.key === key)?.cell;
    const a = cell('a');
    const b = cell('b');
    if (!a?.visible || !b?.visible) throw new Error('teams should show');
    expect(a.scales.climate).toEqual({ hidden: 'tooFew' });
    expect(b.scales.climate).toEqual({ hidden: 'complement' });
    expect(a.scales.knowledge).toMatchObject({ n: 6 });
  });

  it('breaks down by perspective as one of the predefined breakdowns', () => {
    const responses = [
      ...many(5, () => response('a', 4)),
      ...many(5, () => response('a', 2, { perspective: 'expert' })),
    ];
    const results = resultsFor({ scales, items, responses, breakdown: 'perspective', thresholds });
    expect(results.groups.map((g) => g.key)).toEqual(['expert', 'staff']);
    expect(results.groups.every((g) => g.cell.visible)).toBe(true);
  });

  it('shows a sensitive item only from ten answers, for the whole wave', () => {
    const nine = many(9, () => response('a', 3, { sensitive: 'yes' }));
    expect(
      resultsFor({ scales, items, responses: nine, breakdown: 'none', thresholds }).sensitive[0],
    ).toEqual({
      itemKey: 'ownExperienceDomesticViolence',
      visible: false,
    });
    const ten = [...nine, response('a', 3, { sensitive: 'preferNotToSay' })];
    expect(
      resultsFor({ scales, items, responses: ten, breakdown: 'none', thresholds }).sensitive[0],
    ).toMatchObject({
      visible: true,
      n: 10,
      counts: { yes: 9, preferNotToSay: 1 },
    });
  });
});
