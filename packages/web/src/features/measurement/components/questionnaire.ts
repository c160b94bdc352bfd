import { dontKnow, type InstrumentItem, type InstrumentScale, isLikertValue } from '@derde-bron/domain';
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

/**
 * What is sent: every Likert answer, the sensitive answers given, and open answers trimmed. An
 * empty open answer or an unanswered sensitive question is left out, which is how they are skipped.
 */
export function toSubmission(items: readonly InstrumentItem[], answers: Answers): Answers {
  const sent: Answers = {};
  for (const item of items) {
    const answer = answers[item.key];
    if (answer === undefined) continue;
    if (item.kind === 'open') {
      const text = String(answer).trim();
      if (text) sent[item.key] = text;
    } else if (item.kind === 'likert') {
      if (isLikertValue(answer) || answer === dontKnow) sent[item.key] = answer;
    } else {
      sent[item.key] = answer;
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
