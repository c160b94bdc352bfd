/**
 * Notes from team conversations (framework step 1, item 2): what the coordinator heard, in their own
 * words, with themes. Themes are free words, so the same theme is recognised whatever its case or
 * spacing. No zod here (see schema.ts).
 */

export const noteSummaryMaxLength = 5000;
export const themeMaxLength = 60;
export const themesPerNoteMax = 10;

/** A theme as stored: trimmed, inner spaces collapsed. */
export const cleanTheme = (theme: string) => theme.trim().replace(/\s+/g, ' ');

/** The themes of one note, cleaned, empty ones dropped, each once (the first spelling wins). */
export function normaliseThemes(themes: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const theme of themes.map(cleanTheme)) {
    const key = theme.toLocaleLowerCase('nl');
    if (theme && !seen.has(key)) seen.set(key, theme);
  }
  return [...seen.values()];
}

/**
 * How many notes name each theme, most named first, then alphabetically: what keeps coming back in
 * the conversations. Spelling differences in case count as one theme.
 */
export function themeCounts(
  notes: ReadonlyArray<{ themes: readonly string[] }>,
): Array<{ theme: string; notes: number }> {
  const counts = new Map<string, { theme: string; notes: number }>();
  for (const note of notes) {
    for (const theme of normaliseThemes(note.themes)) {
      const key = theme.toLocaleLowerCase('nl');
      const known = counts.get(key);
      counts.set(key, { theme: known?.theme ?? theme, notes: (known?.notes ?? 0) + 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.notes - a.notes || a.theme.localeCompare(b.theme, 'nl'));
}
