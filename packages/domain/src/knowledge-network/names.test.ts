import { describe, expect, it } from 'vitest';
import { findNamesInTexts } from './names.ts';

describe('findNamesInTexts', () => {
  const names = ['Anna de Vries', 'Fatima El Amrani', 'Joke', 'A. Jansen'];
  it.each([
    ['a full name in running text', ['Onze collega Anna de Vries leidt de groep.'], ['Anna de Vries']],
    ['case, double spaces and line breaks', ['ANNA  de\nvries schreef dit'], ['Anna de Vries']],
    ['accents are ignored', ['Anna de Vriës en Fatimá el Amrani'], ['Anna de Vries', 'Fatima El Amrani']],
    ['a first name alone when the name is only that', ['Met dank aan Joke.'], ['Joke']],
    ['not inside a longer word', ['Jokes en grappen; Annade Vries'], []],
    ['not in another order', ['de Vries, Anna'], []],
    ['an initial is left out, the surname counts', ['Gesprek met Jansen'], ['A. Jansen']],
    [
      'in a second text, a hyphen between parts',
      ['Visie', 'Samenvatting met Fatima El-Amrani'],
      ['Fatima El Amrani'],
    ],
    ['nothing in an empty text', [''], []],
  ])('%s', (_label, texts, expected) => {
    expect(findNamesInTexts(texts, names)).toEqual(expected);
  });

  it('names each name once, as given, and skips empty names', () => {
    expect(findNamesInTexts(['Joke en Joke en joke'], ['Joke', ' joke ', '', '.'])).toEqual(['Joke']);
  });
});
