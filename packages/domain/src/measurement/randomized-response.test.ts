import { describe, expect, it } from 'vitest';
import {
  estimateShares,
  keepProbability,
  randomizeAnswer,
  substantiveOptions,
} from './randomized-response.ts';

const options = ['yes', 'no'];

/** A fixed sequence of "random" numbers, to follow each branch. */
const sequence = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
};

describe('randomizeAnswer', () => {
  it('keeps the answer when the first draw falls under the keep probability', () => {
    expect(randomizeAnswer('yes', options, sequence(keepProbability - 0.01))).toBe('yes');
  });

  it('otherwise puts a random option in its place, which may be any of them', () => {
    expect(randomizeAnswer('yes', options, sequence(0.9, 0.7))).toBe('no');
    expect(randomizeAnswer('yes', options, sequence(0.9, 0.2))).toBe('yes');
  });

  it('sends "zeg ik liever niet" as it is', () => {
    expect(randomizeAnswer('preferNotToSay', options, sequence(0.9, 0.7))).toBe('preferNotToSay');
  });

  it('leaves no stored answer that proves the true one: both true answers can give each sent one', () => {
    const sent = new Set<string>();
    for (let i = 0; i < 200; i++) sent.add(randomizeAnswer('yes', options, Math.random));
    expect(sent).toEqual(new Set(options));
  });
});

describe('estimateShares', () => {
  it('works the true share back from the randomized ones', () => {
    // True shares 80 % yes: sent yes = 0.5·0.8 + 0.25 = 65 %.
    const { n, shares } = estimateShares({ yes: 65, no: 35 }, options);
    expect(n).toBe(100);
    expect(shares.yes?.share).toBe(0.8);
    expect(shares.no?.share).toBe(0.2);
  });

  it('gives a wide margin with few answers and a narrower one with many', () => {
    const few = estimateShares({ yes: 5, no: 5 }, options).shares.yes?.margin ?? 0;
    const many = estimateShares({ yes: 200, no: 200 }, options).shares.yes?.margin ?? 0;
    expect(few).toBeGreaterThan(0.5);
    expect(many).toBeLessThan(0.11);
  });

  it('matches the 95 % margin of about ±0.3 at 40 answers that the literature gives', () => {
    expect(estimateShares({ yes: 20, no: 20 }, options).shares.yes?.margin).toBeCloseTo(0.3, 1);
  });

  it('clips estimates to 0..1 and still gives a margin at 0 %', () => {
    const { shares } = estimateShares({ yes: 0, no: 12 }, options);
    expect(shares.yes?.share).toBe(0);
    expect(shares.yes?.margin).toBeGreaterThan(0);
  });

  it('names the options that carry an answer', () => {
    expect(substantiveOptions([{ key: 'yes' }, { key: 'no' }, { key: 'preferNotToSay' }])).toEqual([
      'yes',
      'no',
    ]);
  });
});
