import {
  dontKnow,
  type InstrumentItem,
  type InstrumentScale,
  isLikertValue,
  randomizeAnswer,
  type SensitiveItem,
  substantiveOptions,
} from '@derde-bron/domain';
import type { ErrorDetail } from '../../../lib/api-client.ts';
import type { Answers } from '../api/submit-response.ts';

/** One screen of the questionnaire: a scale with its questions, in the instrument's order. */
export type Screen = { scale: InstrumentScale; items: InstrumentItem[] };

/** One scale per screen, skipping scales without questions for this respondent. */
export function buildScreens(scales: readonly InstrumentScale[], items: readonly InstrumentItem[]): Screen[] {
  return scales
    .map((scale) => ({ scale, items: items.filter((item) => item.scaleKey === scale.key) }))
    .filter((screen) => screen.items.length > 0);
}

/** The Likert questions of a screen still without an answer ("weet ik niet" counts as one). */
export function missingAnswers(screen: Screen, answers: Answers): InstrumentItem[] {
  return screen.items.filter((item) => item.kind === 'likert' && answers[item.key] === undefined);
}

/** A number in [0, 1) from the browser's cryptographic source, which nobody can predict or replay. */
export function cryptoRandom(): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return value / 2 ** 32;
}

/** What the browser sends for one sensitive answer (see `createRandomizer`). */
export type SensitiveRandomizer = (item: SensitiveItem, answer: string) => string;

/**
 * Randomized response for the sensitive questions, in the respondent's own browser: each answer
 * is kept or replaced by a random option (the domain's `randomizeAnswer`), so no stored answer
 * proves what anyone chose. "Zeg ik liever niet" is never replaced. The draw is made once per
 * question and answer and kept in memory only: sending again after a failure sends the same,
 * since two draws of one answer would together tell more about it than one.
 */
export function createRandomizer(random: () => number = cryptoRandom): SensitiveRandomizer {
  const drawn = new Map<string, { answer: string; sent: string }>();
  return (item, answer) => {
    const earlier = drawn.get(item.key);
    if (earlier?.answer === answer) return earlier.sent;
    const sent = randomizeAnswer(answer, substantiveOptions(item.options), random);
    drawn.set(item.key, { answer, sent });
    return sent;
  };
}

/**
 * What is sent: every Likert answer, the sensitive answers given (randomized), and open answers
 * trimmed. An empty open answer or an unanswered sensitive question is left out, which is how they
 * are skipped.
 */
export function toSubmission(
  items: readonly InstrumentItem[],
  answers: Answers,
  randomize: SensitiveRandomizer,
): Answers {
  const sent: Answers = {};
  for (const item of items) {
    const answer = answers[item.key];
    if (answer === undefined) continue;
    if (item.kind === 'open') {
      const text = String(answer).trim();
      if (text) sent[item.key] = text;
    } else if (item.kind === 'likert') {
      if (isLikertValue(answer) || answer === dontKnow) sent[item.key] = answer;
    } else if (typeof answer === 'string') {
      sent[item.key] = randomize(item, answer);
    }
  }
  return sent;
}

/** The item keys the server found wrong: its details name fields like `body.answers.<itemKey>`. */
export function itemKeysInDetails(
  details: readonly ErrorDetail[],
  items: readonly InstrumentItem[],
): string[] {
  const known = new Set(items.map((item) => item.key));
  const keys = details.flatMap((detail) => {
    const match = detail.field.match(/^(?:body\.)?answers\.([^.]+)/);
    return match?.[1] && known.has(match[1]) ? [match[1]] : [];
  });
  return [...new Set(keys)];
}

/** The index of the first screen that holds one of these items, or -1. */
export function firstScreenWith(screens: readonly Screen[], itemKeys: readonly string[]): number {
  return screens.findIndex((screen) => screen.items.some((item) => itemKeys.includes(item.key)));
}

/** A long question shortened for the error summary, on a word boundary where possible. */
export function shorten(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
