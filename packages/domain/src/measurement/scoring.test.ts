import { describe, expect, it } from 'vitest';
import { itemsForPerspective, type LikertValue, type ResponseAnswers } from './instrument.ts';
import { instrumentV1 } from './instrument-v1.ts';
import type { InstrumentItem } from './schema.ts';
import { compareWaves, type ScaleSummary, scoreScale, summariseScale, summariseScales } from './scoring.ts';

const scale = { key: 'climate' };
const likert = (key: string, reverse = false, scaleKey = 'climate'): InstrumentItem => ({
  key,
  scaleKey,
  kind: 'likert',
  text: { nl: key, en: key },
  perspectives: ['staff'],
  stepKey: 'professionalDevelopment',
  ...(reverse ? { reverse } : {}),
});
/** Four items on the scale, the last one reverse-worded, and one item on another scale. */
const items = [likert('a'), likert('b'), likert('c'), likert('r', true), likert('other', false, 'needs')];

describe('scoreScale', () => {
  it.each<[string, ResponseAnswers, number | null]>([
    ['the mean of the answers', { a: 4, b: 2, c: 3, r: 3 }, 3],
    ['a reverse item as 6 − answer', { a: 5, b: 5, c: 5, r: 1 }, 5],
    ['a reverse item as 6 − answer, the other way', { a: 1, b: 1, c: 1, r: 5 }, 1],
    ['weet ik niet left out of the mean', { a: 4, b: 'dontKnow', c: 2, r: 'dontKnow' }, 3],
    ['half answered: still counts', { a: 5, b: 4, c: 'dontKnow', r: 'dontKnow' }, 4.5],
    ['fewer than half answered: does not count', { a: 5, b: 'dontKnow', c: 'dontKnow', r: 'dontKnow' }, null],
    [
      'all weet ik niet: does not count',
      { a: 'dontKnow', b: 'dontKnow', c: 'dontKnow', r: 'dontKnow' },
      null,
    ],
    ['nothing on this scale: does not count', { other: 5 }, null],
    ['an item of another scale ignored', { a: 2, b: 2, c: 2, r: 4, other: 5 }, 2],
  ])('takes %s', (_, answers, expected) => {
    expect(scoreScale(answers, scale, items)).toBe(expected);
  });

  it('applies the half rule with an odd number of items: 2 of 5 is too few, 3 of 5 enough', () => {
    const five = [...items, likert('e')];
    const base = { a: 4, b: 4, c: 'dontKnow', r: 'dontKnow', e: 'dontKnow' } as const;
    expect(scoreScale(base, scale, five)).toBeNull();
    expect(scoreScale({ ...base, e: 1 }, scale, five)).toBe(3);
  });

  it('counts only the items the respondent was offered, so perspective-only items do not count against them', () => {
    // Staff never get the experts-only item: one of two answers still meets the half rule.
    const withExpertItem = [
      likert('a'),
      likert('b'),
      { ...likert('expertOnly'), perspectives: ['expert' as const] },
    ];
    expect(scoreScale({ a: 4, b: 'dontKnow' }, scale, withExpertItem)).toBe(4);
  });

  it('ignores sensitive and open answers even when they sit on the scale', () => {
    const instrumentItems = instrumentV1.items;
    const staffLikert = itemsForPerspective(instrumentItems, 'staff').filter(
      (item) => item.kind === 'likert',
    );
    const answers = {
      ...Object.fromEntries(staffLikert.map((item) => [item.key, item.reverse ? 2 : 4])),
      ownExperienceDomesticViolence: 'yes',
      openWhatHelps: '5',
    };
    for (const key of ['knowledge', 'appreciation', 'climate', 'deployment', 'needs']) {
      expect(scoreScale(answers, { key }, instrumentItems), key).toBe(4);
    }
    expect(scoreScale(answers, { key: 'selfAssessment' }, instrumentItems)).toBeNull();
  });
});

describe('summariseScale', () => {
  it('counts respondents, rounds the mean to one decimal and buckets rounded scores', () => {
    const responses: ResponseAnswers[] = [
      { a: 1, b: 1, c: 2, r: 5 }, // 1.25 → 1
      { a: 2, b: 3, c: 'dontKnow', r: 'dontKnow' }, // 2.5 → 3 (halves round up)
      { a: 4, b: 4, c: 4, r: 2 }, // 4
      { a: 5, b: 5, c: 5, r: 1 }, // 5
      { a: 3, b: 'dontKnow', c: 'dontKnow', r: 'dontKnow' }, // too few answers: left out
    ];
    expect(summariseScale(responses, scale, items)).toEqual<ScaleSummary>({
      n: 4,
      mean: 3.2, // (1.25 + 2.5 + 4 + 5) / 4 = 3.1875
      distribution: { 1: 1, 2: 0, 3: 1, 4: 1, 5: 1 },
      dontKnowShare: 0.25, // 5 of the 20 answers
    });
  });

  it.each<[ResponseAnswers, number, 1 | 2 | 3 | 4 | 5]>([
    [{ a: 1, b: 1, c: 2, r: 5 }, 1.25, 1],
    [{ a: 1, b: 2, c: 'dontKnow', r: 'dontKnow' }, 1.5, 2],
    [{ a: 2, b: 3, c: 3, r: 3 }, 2.75, 3],
    [{ a: 3, b: 4, c: 'dontKnow', r: 'dontKnow' }, 3.5, 4],
    [{ a: 4, b: 4, c: 4, r: 1 }, 4.25, 4],
    [{ a: 4, b: 5, c: 'dontKnow', r: 'dontKnow' }, 4.5, 5],
  ])('puts the respondent of %j, scoring %d, in bucket %d', (answers, score, bucket) => {
    expect(scoreScale(answers, scale, items)).toBe(score);
    const { distribution } = summariseScale([answers], scale, items);
    expect(distribution[bucket]).toBe(1);
    expect(Object.values(distribution).reduce((sum, count) => sum + count, 0)).toBe(1);
  });

  it('reports nothing but zeros for a group without scores', () => {
    expect(summariseScale([], scale, items)).toEqual({
      n: 0,
      mean: null,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      dontKnowShare: null,
    });
  });

  it('counts the weet ik niet share over everyone, also those left out of the mean', () => {
    const allDontKnow = { a: 'dontKnow', b: 'dontKnow', c: 'dontKnow', r: 'dontKnow' } as const;
    expect(summariseScale([allDontKnow, allDontKnow], scale, items)).toMatchObject({
      n: 0,
      mean: null,
      dontKnowShare: 1,
    });
  });

  it('summarises every scale of the instrument by key', () => {
    const answers = Object.fromEntries(
      itemsForPerspective(instrumentV1.items, 'management')
        .filter((item) => item.kind === 'likert')
        .map((item): [string, LikertValue] => [item.key, item.reverse ? 1 : 5]),
    );
    const summaries = summariseScales([answers], instrumentV1.scales, instrumentV1.items);
    expect(Object.keys(summaries)).toEqual(instrumentV1.scales.map((s) => s.key));
    for (const summary of Object.values(summaries)) expect(summary).toMatchObject({ n: 1, mean: 5 });
  });
});

describe('compareWaves', () => {
  const summary = (mean: number | null) => ({ mean });

  it('gives per scale the later mean minus the baseline mean, to one decimal', () => {
    expect(
      compareWaves(
        { knowledge: summary(2.3), climate: summary(3.6), needs: summary(4.1) },
        { knowledge: summary(3.1), climate: summary(3.6), needs: summary(3.4) },
      ),
    ).toEqual([
      { scaleKey: 'knowledge', baseline: 2.3, later: 3.1, difference: 0.8 },
      { scaleKey: 'climate', baseline: 3.6, later: 3.6, difference: 0 },
      { scaleKey: 'needs', baseline: 4.1, later: 3.4, difference: -0.7 },
    ]);
  });

  it('leaves the difference empty where a wave has no mean, and keeps scales of either wave', () => {
    expect(
      compareWaves(
        { knowledge: summary(null), climate: summary(3) },
        { knowledge: summary(3), needs: summary(2) },
      ),
    ).toEqual([
      { scaleKey: 'knowledge', baseline: null, later: 3, difference: null },
      { scaleKey: 'climate', baseline: 3, later: null, difference: null },
      { scaleKey: 'needs', baseline: null, later: 2, difference: null },
    ]);
  });

  it('compares two summarised waves end to end', () => {
    const baseline = summariseScales([{ a: 2, b: 2, c: 2, r: 4 }], [scale], items);
    const later = summariseScales([{ a: 4, b: 3, c: 3, r: 2 }], [scale], items);
    expect(compareWaves(baseline, later)).toEqual([
      { scaleKey: 'climate', baseline: 2, later: 3.5, difference: 1.5 },
    ]);
  });
});
