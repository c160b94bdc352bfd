/**
 * Text that must never reach a reader: a catalogue key or a code instead of words ("scale.selfAssessment",
 * "data.exported", "audit.actions.x", "roadmap.stage.embedded"), an error code instead of its message
 * ("INVALID_INPUT", "NOT_FOUND"), or a placeholder left unfilled ("{{count}}"). Addresses,
 * e-mail addresses and file names look like keys too, so those are let through.
 */
const keyShape = /\b[a-z]+(?:\.[a-z][a-zA-Z]*)+\b/g;
const allowed = [
  /^(?:[a-z0-9-]+\.)+(?:nl|org|com|net|eu|invalid|example|local|test)$/i, // host names
  /\.(?:pdf|csv|xlsx|json|zip|docx?|png|jpe?g|txt)$/i, // file names
];

export function findRawText(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(keyShape)) {
    const word = match[0];
    const start = match.index ?? 0;
    // Part of an e-mail address or a longer host name: not a key.
    if (text[start - 1] === '@' || text[start - 1] === '.' || text[start + word.length] === '@') continue;
    if (allowed.some((pattern) => pattern.test(word))) continue;
    found.add(word);
  }
  for (const match of text.matchAll(/\{\{[^}]*\}\}/g)) found.add(match[0]);
  for (const match of text.matchAll(/\b[A-Z]{2,}(?:_[A-Z]{2,})+\b/g)) found.add(match[0]);
  return [...found];
}
