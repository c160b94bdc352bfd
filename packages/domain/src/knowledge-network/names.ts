/**
 * Finding the names of an organisation's own people in a text that is about to be shared.
 * Matching is on whole words, ignoring case, accents and the punctuation or line breaks between the
 * parts of a name, so "de Vries, Anna" does not match "Anna de Vries" but "ANNA  de vries" and
 * "Anna de Vriës" do. A name of one part (a first name only) is matched on its own as a word.
 * Parts shorter than two letters are ignored (initials would match everywhere).
 */

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('nl');

/** The words of a text, folded, in order. */
const wordsOf = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The names (as given) that occur in any of the texts, each once, in the order given.
 * A name occurs when its words appear one after another in a text.
 */
export function findNamesInTexts(texts: readonly string[], names: readonly string[]): string[] {
  const textWords = texts.map(wordsOf);
  const found: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const parts = wordsOf(name).filter((part) => part.length >= 2);
    const key = parts.join(' ');
    if (parts.length === 0 || seen.has(key)) continue;
    const occurs = textWords.some((words) => {
      for (let start = 0; start + parts.length <= words.length; start++) {
        if (parts.every((part, offset) => words[start + offset] === part)) return true;
      }
      return false;
    });
    if (occurs) {
      seen.add(key);
      found.push(name.trim());
    }
  }
  return found;
}
