import { describe, expect, it } from 'vitest';
import { normaliseThemes, themeCounts } from './notes.ts';

describe('normaliseThemes', () => {
  it.each([
    [['  werkdruk ', 'Werkdruk'], ['werkdruk']],
    [['veilig   klimaat', ''], ['veilig klimaat']],
    [
      ['Scholing', 'tijd', 'scholing '],
      ['Scholing', 'tijd'],
    ],
    [[], []],
  ])('cleans %j to %j', (input, expected) => {
    expect(normaliseThemes(input)).toEqual(expected);
  });
});

describe('themeCounts', () => {
  it('counts each theme once per note, most named first, then alphabetically', () => {
    const notes = [
      { themes: ['Werkdruk', 'scholing'] },
      { themes: ['werkdruk', 'WERKDRUK'] },
      { themes: ['Angst om te delen', 'Scholing'] },
      { themes: [] },
    ];
    expect(themeCounts(notes)).toEqual([
      { theme: 'scholing', notes: 2 },
      { theme: 'Werkdruk', notes: 2 },
      { theme: 'Angst om te delen', notes: 1 },
    ]);
  });
});
