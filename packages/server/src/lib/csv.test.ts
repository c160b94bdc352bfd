import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('writes a BOM, commas and CRLF line ends', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe('\uFEFFa,b\r\n1,\r\n');
  });

  it.each([
    ['a comma', 'ja, nee', '"ja, nee"'],
    ['a quote', 'zei "ja"', '"zei ""ja"""'],
    ['a line break', 'regel 1\nregel 2', '"regel 1\nregel 2"'],
    ['a formula', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['a leading plus', '+31 20 123', "'+31 20 123"],
    ['a leading at sign', '@SUM(A1)', "'@SUM(A1)"],
  ])('makes %s safe', (_case, value, expected) => {
    expect(toCsv([[value]])).toBe(`\uFEFF${expected}\r\n`);
  });
});

describe('toCsv in the reader’s language', () => {
  it('writes semicolons and decimal commas for Dutch, so Dutch Excel opens it in columns', () => {
    expect(
      toCsv(
        [
          ['Schaal', 'Gemiddelde'],
          ['Kennis', 3.4],
          ['Groei', -0.2],
        ],
        'nl',
      ),
    ).toBe('\uFEFFSchaal;Gemiddelde\r\nKennis;3,4\r\nGroei;-0,2\r\n');
  });

  it('writes commas and decimal points for English', () => {
    expect(
      toCsv(
        [
          ['Scale', 'Mean'],
          ['Knowledge', 3.4],
        ],
        'en',
      ),
    ).toBe('\uFEFFScale,Mean\r\nKnowledge,3.4\r\n');
  });

  it('quotes a text with a semicolon in Dutch, so it stays one cell', () => {
    expect(toCsv([['ja; nee']], 'nl')).toBe('\uFEFF"ja; nee"\r\n');
  });
});
