import { frameworkV1, maturityStages } from '@derde-bron/domain';
import { describe, expect, it } from 'vitest';
import en from '../../../i18n/en.json';
import nl from '../../../i18n/nl.json';

type Catalogue = Record<string, unknown>;
const catalogues = { nl: nl as Catalogue, en: en as Catalogue };

function* texts(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (value && typeof value === 'object')
    for (const [key, entry] of Object.entries(value)) yield* texts(entry, path ? `${path}.${key}` : key);
}
const at = (catalogue: Catalogue, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Catalogue | undefined)?.[key], catalogue);

/** The first five letters of each longer word of the step names: "verke", "borgi", "embed", … */
const stepStems = (locale: 'nl' | 'en') =>
  frameworkV1.steps.flatMap((step) =>
    step.title[locale]
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => word.length >= 5)
      .map((word) => word.slice(0, 5)),
  );
const phaseWord = { nl: /\bfase/i, en: /\bphase/i };

describe.each(['nl', 'en'] as const)('stage words and phase words in %s', (locale) => {
  const catalogue = catalogues[locale];
  const stageWords = maturityStages.flatMap((stage) => [
    String(at(catalogue, `roadmap.stage.${stage}`)),
    String(at(catalogue, `benchmark.stages.${stage}`)),
  ]);

  it('names no stage after a step (Verkenning, Borging …) nor with the phase word', () => {
    for (const word of stageWords) {
      for (const stem of stepStems(locale)) expect(word.toLowerCase(), stem).not.toContain(stem);
      expect(word).not.toMatch(phaseWord[locale]);
    }
    expect(new Set(stageWords.map((w) => w.toLowerCase())).size).toBe(maturityStages.length);
  });

  it('keeps "fase" for the three phases of safety work: never for a stage or the lemniscate', () => {
    // Texts about the phases themselves (their keys say "phase"), and the registry's coverage and
    // formation plan of levels and phases; nothing of the roadmap or its stages.
    const aboutPhases = (path: string) =>
      (/phase/i.test(path) && !path.startsWith('roadmap.')) ||
      path.startsWith('registry.coverage.') ||
      path.startsWith('registry.formation.') ||
      path === 'registry.activities.intro' ||
      path === 'benchmark.reports.variantHints.audit';
    const misused = [...texts(catalogue)]
      .filter(([, text]) => phaseWord[locale].test(text.replace(/\{\{[^}]*\}\}/g, '')))
      .filter(([path]) => !aboutPhases(path))
      .map(([path]) => path);
    expect(misused).toEqual([]);
  });
});
