import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildScreens,
  createRandomizer,
  cryptoRandom,
  itemKeysInDetails,
  missingAnswers,
  toSubmission,
} from './questionnaire.ts';
import { instrument } from './test-fixtures.tsx';

/** A random source that answers these numbers in turn, and counts how often it was asked. */
function stubbedRandom(...numbers: number[]) {
  const source = vi.fn(() => {
    const next = numbers.shift();
    if (next === undefined) throw new Error('asked for more random numbers than the test gave');
    return next;
  });
  return source;
}

const sensitive = instrument.items.find((item) => item.kind === 'sensitive');
if (sensitive?.kind !== 'sensitive') throw new Error('the test instrument has a sensitive question');

describe('the questionnaire', () => {
  const screens = buildScreens(instrument.scales, instrument.items);

  it('has one screen per scale with its questions in order', () => {
    expect(screens.map((s) => [s.scale.key, s.items.map((i) => i.key)])).toEqual([
      ['knowledge', ['knowsDifference', 'knowsRoles']],
      ['climate', ['safeToTalk', 'ownExperience', 'whatHelps']],
    ]);
  });

  it('requires the statements only', () => {
    const climate = screens[1];
    if (!climate) throw new Error('no screen');
    expect(missingAnswers(climate, {}).map((i) => i.key)).toEqual(['safeToTalk']);
    expect(missingAnswers(climate, { safeToTalk: 'dontKnow' })).toEqual([]);
  });

  it('sends trimmed open answers and leaves out empty ones', () => {
    const keepEverything = createRandomizer(stubbedRandom(0.1));
    expect(
      toSubmission(
        instrument.items,
        { knowsRoles: 3, whatHelps: '  ja  ', ownExperience: 'no' },
        keepEverything,
      ),
    ).toEqual({ knowsRoles: 3, whatHelps: 'ja', ownExperience: 'no' });
    expect(toSubmission(instrument.items, { whatHelps: '   ' }, keepEverything)).toEqual({});
  });

  it('finds the questions in the server’s details', () => {
    const details = [
      { field: 'body.answers.knowsRoles', message: 'x' },
      { field: 'body.answers.unknown', message: 'x' },
      { field: 'body.answers', message: 'x' },
    ];
    expect(itemKeysInDetails(details, instrument.items)).toEqual(['knowsRoles']);
  });
});

describe('randomized response in the browser', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps a sensitive answer when the first draw falls under the keep probability', () => {
    const random = stubbedRandom(0.49);
    expect(createRandomizer(random)(sensitive, 'yes')).toBe('yes');
    expect(random).toHaveBeenCalledTimes(1);
  });

  it('otherwise sends an option drawn at random from the real answers, never “zeg ik liever niet”', () => {
    // 0.5 and more: replaced; the second draw picks among "yes" and "no" only.
    expect(createRandomizer(stubbedRandom(0.5, 0.99))(sensitive, 'yes')).toBe('no');
    expect(createRandomizer(stubbedRandom(0.9, 0))(sensitive, 'no')).toBe('yes');
    expect(createRandomizer(stubbedRandom(0.9, 0.2))(sensitive, 'yes')).toBe('yes');
  });

  it('sends “zeg ik liever niet” as it is, without drawing at all', () => {
    const random = stubbedRandom();
    const sent = toSubmission(
      instrument.items,
      { ownExperience: 'preferNotToSay' },
      createRandomizer(random),
    );
    expect(sent).toEqual({ ownExperience: 'preferNotToSay' });
    expect(random).not.toHaveBeenCalled();
  });

  it('randomizes every sensitive answer in what is sent, and nothing else', () => {
    const random = stubbedRandom(0.7, 0.1);
    const answers = { knowsDifference: 4, knowsRoles: 'dontKnow', whatHelps: 'Tijd', ownExperience: 'no' };
    expect(toSubmission(instrument.items, answers, createRandomizer(random))).toEqual({
      knowsDifference: 4,
      knowsRoles: 'dontKnow',
      whatHelps: 'Tijd',
      ownExperience: 'yes',
    });
    expect(random).toHaveBeenCalledTimes(2);
  });

  it('draws once per answer: sending again sends the same, a changed answer is drawn anew', () => {
    const random = stubbedRandom(0.8, 0.9, 0.3);
    const randomize = createRandomizer(random);
    expect(randomize(sensitive, 'yes')).toBe('no');
    expect(randomize(sensitive, 'yes')).toBe('no');
    expect(random).toHaveBeenCalledTimes(2);
    expect(randomize(sensitive, 'no')).toBe('no');
    expect(random).toHaveBeenCalledTimes(3);
  });

  it('takes its numbers from crypto.getRandomValues, in [0, 1)', () => {
    const getRandomValues = vi.fn(<T extends ArrayBufferView | null>(array: T) => {
      if (array instanceof Uint32Array) array[0] = 2 ** 32 - 1;
      return array;
    });
    vi.stubGlobal('crypto', { getRandomValues });
    const value = cryptoRandom();
    expect(getRandomValues).toHaveBeenCalledTimes(1);
    expect(value).toBeLessThan(1);
    expect(value).toBeGreaterThan(0.999);
  });
});
