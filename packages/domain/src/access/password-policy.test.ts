import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.ts';

const common = new Set(['password', 'welkom', 'qwertyuiop', '123456789012', 'iloveyou']);
const isCommon = (candidate: string) => common.has(candidate);

describe('checkPassword', () => {
  it.each([
    ['short', 'kort123', 'tooShort'],
    ['eleven characters', 'abcdefghijk', 'tooShort'],
    ['emoji counted as one character each', '🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒', 'tooShort'],
    ['too long', 'x'.repeat(257), 'tooLong'],
    ['a listed password', '123456789012', 'common'],
    ['a listed password in capitals', 'QWERTYUIOP12', 'common'],
    ['a listed word with digits after it', 'Welkom2024!!', 'common'],
    ['a listed word with digits before it', '2024password', 'common'],
    ['a repeated short pattern', 'abcabcabcabc', 'common'],
    ['one character over and over', 'aaaaaaaaaaaaaaaa', 'common'],
    ['the e-mail name inside', 'marieke.jansen-geheim', 'containsEmail'],
  ] as const)('refuses %s', (_case, password, problem) => {
    expect(checkPassword(password, { email: 'marieke.jansen@opvang.example', isCommon })).toBe(problem);
  });

  it.each([
    ['a long passphrase', 'paarse fiets onder de brug'],
    ['a random string', 'q8#Lz!v2Rm@0'],
    ['a listed word inside a longer phrase', 'mijn password is geheim'],
  ])('accepts %s', (_case, password) => {
    expect(checkPassword(password, { email: 'marieke.jansen@opvang.example', isCommon })).toBeNull();
  });

  it('does not treat a short e-mail name as a problem', () => {
    expect(checkPassword('een lange zin met jo erin', { email: 'jo@x.example', isCommon })).toBeNull();
  });
});
