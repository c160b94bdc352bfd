/**
 * Structured intervisie (guide, step 5.5): the methods a group can choose, each a list of steps
 * with a duration in minutes. The steps' names and explanations live in the web app's catalogues
 * (`intervision.methods.<method>.steps.<step>`); this is their order and time.
 */
export const intervisionMethods = ['incident', 'balint', 'gossip', 'appreciativeInquiry'] as const;
export type IntervisionMethod = (typeof intervisionMethods)[number];

export type IntervisionStep = { key: string; minutes: number };

export const intervisionSteps: Record<IntervisionMethod, readonly IntervisionStep[]> = {
  /** Incidentmethode: one short, concrete situation, questions, advice, and what the bringer takes home. */
  incident: [
    { key: 'choose', minutes: 5 },
    { key: 'tell', minutes: 5 },
    { key: 'questions', minutes: 15 },
    { key: 'bringerQuestion', minutes: 5 },
    { key: 'advice', minutes: 15 },
    { key: 'takeAway', minutes: 5 },
    { key: 'evaluate', minutes: 5 },
  ],
  /** Balint-style case reflection: the bringer listens while the group reflects on the relationship. */
  balint: [
    { key: 'tell', minutes: 10 },
    { key: 'questions', minutes: 10 },
    { key: 'reflect', minutes: 25 },
    { key: 'bringerResponds', minutes: 10 },
    { key: 'evaluate', minutes: 5 },
  ],
  /** Roddelmethode: the bringer turns her back and listens as the group talks "about" the case. */
  gossip: [
    { key: 'tell', minutes: 10 },
    { key: 'questions', minutes: 10 },
    { key: 'gossip', minutes: 15 },
    { key: 'bringerResponds', minutes: 10 },
    { key: 'evaluate', minutes: 5 },
  ],
  /** Appreciative inquiry: from what worked, to a dream, to a design and the next step. */
  appreciativeInquiry: [
    { key: 'discover', minutes: 15 },
    { key: 'dream', minutes: 10 },
    { key: 'design', minutes: 15 },
    { key: 'deliver', minutes: 10 },
    { key: 'evaluate', minutes: 5 },
  ],
};

/** The planned length of a method in minutes: the sum of its steps. */
export const intervisionMinutes = (method: IntervisionMethod) =>
  intervisionSteps[method].reduce((sum, step) => sum + step.minutes, 0);

/** Minutes to hours in quarters (the registry's unit), rounded to the nearest quarter, at least one. */
export const minutesToQuarterHours = (minutes: number) => Math.max(1, Math.round(minutes / 15)) / 4;

/** Words that appear in names but on their own say nothing about a person. */
const nameParticles = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'ten',
  'ter',
  'te',
  'la',
  'le',
  'du',
  'el',
  'al',
  'bin',
]);

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The names of the organisation's registry people that a text contains: a full name, or a part
 * of one of at least four letters (first name, surname), as a whole word, ignoring case and
 * accents. The intervisie record refuses such text: it keeps themes and agreements, never people.
 */
export function namesIn(text: string, names: readonly string[]): string[] {
  const words = new Set(
    fold(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
  const folded = ` ${fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;
  const found: string[] = [];
  for (const name of names) {
    const parts = fold(name)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (parts.length === 0) continue;
    const whole = folded.includes(` ${parts.join(' ')} `);
    const part = parts.some((p) => p.length >= 4 && !nameParticles.has(p) && words.has(p));
    if (whole || part) found.push(name);
  }
  return found;
}
