/** OWASP ASVS: at least 12 characters; long passphrases are welcome. */
export const passwordMinLength = 12;
export const passwordMaxLength = 256;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'containsEmail';

/**
 * Why a new password is refused, or null when it is fine. `isCommon` answers for one lower-case
 * candidate from a shipped list of leaked passwords. Besides the password itself, its core without
 * trailing digits and symbols is checked ("Welkom2024!!" is "welkom" plus decoration), and so is a
 * repeated short pattern ("abcabcabcabc"). No composition rules: NIST and ASVS advise against them.
 */
export function checkPassword(
  password: string,
  context: { email?: string; isCommon: (candidate: string) => boolean },
): PasswordProblem | null {
  const length = [...password].length;
  if (length < passwordMinLength) return 'tooShort';
  if (length > passwordMaxLength) return 'tooLong';
  const lower = password.toLowerCase();
  const core = lower.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');
  if (context.isCommon(lower) || (core.length >= 4 && context.isCommon(core))) return 'common';
  if (/^(.{1,4})\1+$/su.test(lower) || new Set(lower).size <= 3) return 'common';
  const localPart = context.email?.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 4 && lower.includes(localPart)) return 'containsEmail';
  return null;
}
