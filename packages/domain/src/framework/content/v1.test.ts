import { describe, expect, it } from 'vitest';
import { frameworkContentSchema, type LocalizedText, phaseKeys } from '../index.ts';
import { frameworkV1 } from './v1.ts';

interface FoundText {
  path: string;
  text: LocalizedText;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLocalizedText(value: unknown): value is LocalizedText {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value).sort();
  return (
    keys.length === 2 &&
    keys[0] === 'en' &&
    keys[1] === 'nl' &&
    typeof value.nl === 'string' &&
    typeof value.en === 'string'
  );
}

/** Walks any value and returns every LocalizedText inside it, with its path. */
function collectLocalizedTexts(value: unknown, path = '$'): FoundText[] {
  if (isLocalizedText(value)) return [{ path, text: value }];
  if (Array.isArray(value)) {
    return value.flatMap((entry, index) => collectLocalizedTexts(entry, `${path}[${index}]`));
  }
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([key, entry]) => collectLocalizedTexts(entry, `${path}.${key}`));
  }
  return [];
}

/** Proper names and words that are spelled the same in Dutch and English. */
const sameInBothLanguages = new Set([
  'De Nieuwe Toekomst',
  'Maatje achter de voordeur',
  'Team',
  'Management',
  'Respect',
]);

const keysOf = (entries: readonly { key: string }[]): string[] => entries.map((entry) => entry.key);
const numbersOf = (entries: readonly { number: number }[]): number[] => entries.map((entry) => entry.number);
const range = (n: number): number[] => Array.from({ length: n }, (_, index) => index + 1);

describe('framework content version 1', () => {
  it('is valid according to the framework content schema', () => {
    const result = frameworkContentSchema.safeParse(frameworkV1);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('has the six steps of the assessment framework in the order of the guide', () => {
    expect(keysOf(frameworkV1.steps)).toEqual([
      'exploration',
      'supportAndVision',
      'investment',
      'scoping',
      'professionalDevelopment',
      'embedding',
    ]);
    expect(numbersOf(frameworkV1.steps)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('has every numbered item of the guide, numbered consecutively within each step', () => {
    const counts = frameworkV1.steps.map((step) => step.items.length);
    expect(counts).toEqual([3, 2, 2, 2, 5, 4]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(18);
    for (const step of frameworkV1.steps) {
      expect(numbersOf(step.items)).toEqual(range(step.items.length));
    }
  });

  it('gives every step item a key that is unique across all steps', () => {
    const keys = frameworkV1.steps.flatMap((step) => keysOf(step.items));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists the four core tasks a to d only under the competence profile item of step 4', () => {
    const withCoreTasks = frameworkV1.steps.flatMap((step) =>
      step.items
        .filter((item) => item.coreTasks !== undefined)
        .map((item) => ({ step: step.number, item: item.number, coreTasks: item.coreTasks ?? [] })),
    );
    expect(withCoreTasks.map(({ step, item }) => [step, item])).toEqual([[4, 2]]);
    expect(withCoreTasks[0]?.coreTasks.map((task) => task.letter)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('advises the step 3 role by the stage the organisation is in', () => {
    const capacity = frameworkV1.steps[2]?.items[0];
    expect(capacity?.key).toBe('capacity');
    for (const role of ['beleidsmedewerker', 'projectleider', 'coördinator']) {
      expect(capacity?.text.nl).toContain(role);
    }
  });

  it('has the eight professional values in the order of the guide', () => {
    expect(frameworkV1.values.map((value) => value.title.nl)).toEqual([
      'Gelijkwaardigheid',
      'Wederkerigheid',
      'Inclusiviteit',
      'Solidariteit',
      'Diversiteit',
      'Integriteit',
      'Respect',
      'Deskundig handelen',
    ]);
  });

  it('has the two pillars methodical self-help and emancipation', () => {
    expect(keysOf(frameworkV1.pillars)).toEqual(['methodicalSelfHelp', 'emancipation']);
  });

  it('has the concepts the rest of the platform refers to', () => {
    expect(keysOf(frameworkV1.concepts)).toEqual(
      expect.arrayContaining([
        'experientialKnowledge',
        'expertise',
        'thirdSource',
        'codeOfConduct',
        'competenceProfile',
      ]),
    );
  });

  it('describes the circular model from experience to knowledge to expertise', () => {
    expect(keysOf(frameworkV1.model.stages)).toEqual(['experience', 'experientialKnowledge', 'expertise']);
    expect(frameworkV1.model.text.nl).toMatch(/cirkel/);
    expect(frameworkV1.model.text.en).toMatch(/circle/);
  });

  it('has the three phases of phased work on safety in order, each with contributions', () => {
    expect(keysOf(frameworkV1.phases)).toEqual([...phaseKeys]);
    expect(numbersOf(frameworkV1.phases)).toEqual([1, 2, 3]);
    for (const phase of frameworkV1.phases) {
      expect(phase.contributions.length).toBeGreaterThanOrEqual(3);
      expect(phase.contributions.length).toBeLessThanOrEqual(5);
    }
  });

  it('mentions the continuous safety plan in the first phase', () => {
    expect(frameworkV1.phases[0]?.text.nl).toMatch(/veiligheidsplan/);
  });

  it('has the five organisational levels', () => {
    expect(keysOf(frameworkV1.levels)).toEqual(['practice', 'team', 'management', 'board', 'policy']);
  });

  it('has the roles experts fill in the shelters, each key once', () => {
    const keys = keysOf(frameworkV1.roles);
    expect(keys).toEqual(
      expect.arrayContaining([
        'buddy',
        'recoveryCoach',
        'supportWorker',
        'policyRole',
        'trainer',
        'caseConsultation',
        'recoveryGroupLeader',
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has the example activities, each placed in valid phases', () => {
    const keys = keysOf(frameworkV1.activities);
    expect(keys).toEqual(
      expect.arrayContaining([
        'recoveryGroups',
        'walkingGroups',
        'creativeActivities',
        'walkInHours',
        'trainings',
        'buddyBehindTheFrontDoor',
        'deNieuweToekomst',
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
    const validPhases: readonly string[] = phaseKeys;
    for (const activity of frameworkV1.activities) {
      expect(activity.phases.length).toBeGreaterThan(0);
      expect(new Set(activity.phases).size).toBe(activity.phases.length);
      for (const phase of activity.phases) expect(validPhases).toContain(phase);
      expect(activity.phases).toContain('recovery');
    }
  });

  it('has the four phases of the lemniscate in order, each with guiding questions', () => {
    expect(keysOf(frameworkV1.lemniscate)).toEqual(['unlock', 'translate', 'develop', 'evaluate']);
    expect(numbersOf(frameworkV1.lemniscate)).toEqual([1, 2, 3, 4]);
    for (const phase of frameworkV1.lemniscate) {
      expect(phase.questions.length).toBeGreaterThanOrEqual(2);
      expect(phase.questions.length).toBeLessThanOrEqual(4);
    }
  });

  it('requires closing the loop with the people whose experience was used', () => {
    const evaluate = frameworkV1.lemniscate[3];
    expect(evaluate?.text.nl).toMatch(/altijd/);
    expect(evaluate?.text.nl).toMatch(/terugkoppeling/);
    expect(evaluate?.text.en).toMatch(/always/);
  });

  it('lists the sources of the guide with unique keys and valid links', () => {
    const keys = keysOf(frameworkV1.sources);
    expect(keys.length).toBeGreaterThanOrEqual(8);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        'boevink2023',
        'dermaux2024',
        'erp2022',
        'vogtlanderVanArum2021',
        'weerman2019',
      ]),
    );
    for (const source of frameworkV1.sources) {
      expect(source.citation).toMatch(/\(\d{4}[,)]/);
      if (source.url !== undefined) expect(() => new URL(source.url ?? '')).not.toThrow();
    }
  });

  it('finds localized texts everywhere in the content', () => {
    const paths = collectLocalizedTexts(frameworkV1).map((found) => found.path);
    expect(paths.length).toBeGreaterThan(150);
    expect(paths).toContain('$.steps[3].items[1].coreTasks[3].text');
    expect(paths).toContain('$.lemniscate[3].questions[1]');
  });

  it('has every text in Dutch and in English', () => {
    const incomplete = collectLocalizedTexts(frameworkV1)
      .filter(({ text }) => text.nl.trim() === '' || text.en.trim() === '')
      .map(({ path }) => path);
    expect(incomplete).toEqual([]);
  });

  it('translates every text except proper names and words spelled the same in both languages', () => {
    const untranslated = collectLocalizedTexts(frameworkV1)
      .filter(({ text }) => text.nl.trim() === text.en.trim() && !sameInBothLanguages.has(text.nl.trim()))
      .map(({ path, text }) => `${path}: ${text.nl}`);
    expect(untranslated).toEqual([]);
  });

  it('addresses the Dutch reader informally as je, never as u', () => {
    const formal = collectLocalizedTexts(frameworkV1)
      .filter(({ text }) => /(^|[^\p{L}])(u|uw)(?![\p{L}])/iu.test(text.nl))
      .map(({ path, text }) => `${path}: ${text.nl}`);
    expect(formal).toEqual([]);
  });
});

describe('items the guide words as optional', () => {
  // The guide: 1.2 "Overweeg een 0-meting", 2.2 "Overweeg een training", 5.4 "is welkom om zich aan te
  // sluiten", 6.3 "Overweeg … geregistreerde ervaringsdeskundigen", 6.4 "Overweeg aanpassing van het
  // functiehuis". Every other item is worded as something to do.
  it('are exactly the five the guide words as a suggestion', () => {
    const optional = frameworkV1.steps.flatMap((step) =>
      step.items.filter((item) => item.optional).map((item) => `${step.number}.${item.number} ${item.key}`),
    );
    expect(optional).toEqual([
      '1.2 baselineMeasurement',
      '2.2 managementTraining',
      '5.4 knowledgeNetwork',
      '6.3 registeredExperts',
      '6.4 jobStructure',
    ]);
  });

  it('leave every step at least one required item, which the schema demands', () => {
    const [first] = frameworkV1.steps;
    if (!first) throw new Error('no steps');
    const allOptional = {
      ...first,
      items: first.items.map((item) => ({ ...item, optional: true as const })),
    };
    expect(frameworkContentSchema.safeParse({ ...frameworkV1, steps: [allOptional] }).success).toBe(false);
  });
});
