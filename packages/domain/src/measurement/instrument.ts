/**
 * The fixed parts of every measurement instrument version, and the few helpers both the web app and
 * the server need. No zod here (see schema.ts), so pages can use these without loading zod.
 */

/** Who answers: medewerkers, ervaringsdeskundigen, management/bestuur, coördinator. */
export const perspectives = ['staff', 'expert', 'management', 'coordinator'] as const;
export type Perspective = (typeof perspectives)[number];

/**
 * The perspectives a new wave may ask (instrument v2): everyone answers as "medewerkers". The small
 * groups' judgement is the implementatiemonitor's, named (docs/anonymity.md).
 */
export const newWavePerspectives: readonly Perspective[] = ['staff'];

/** Likert 1–5 plus "weet ik niet"; own experience with "zeg ik liever niet"; free text. */
export const itemKinds = ['likert', 'sensitive', 'open'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** 1 = helemaal mee oneens … 5 = helemaal mee eens. */
export const likertValues = [1, 2, 3, 4, 5] as const;
export type LikertValue = (typeof likertValues)[number];
/** "Weet ik niet": a valid answer to a Likert item that does not count towards a score. */
export const dontKnow = 'dontKnow';
export type LikertAnswer = LikertValue | typeof dontKnow;

/** The option every sensitive item offers: "zeg ik liever niet". */
export const preferNotToSay = 'preferNotToSay';

/** The longest open answer we store, counted after trimming. */
export const openAnswerMaxLength = 2000;

/** The management perspective's organisation self-assessment: one Likert item per step. */
export const selfAssessmentScaleKey = 'selfAssessment';

/**
 * One respondent's answers, by item key: a Likert answer, the key of a sensitive item's option, or
 * an open answer's text. Skipped sensitive and open items are absent.
 */
export type ResponseAnswers = Readonly<Record<string, LikertAnswer | string>>;

export function isLikertValue(answer: unknown): answer is LikertValue {
  return typeof answer === 'number' && (likertValues as readonly number[]).includes(answer);
}

/**
 * How a respondent came in: a single-use invitation (one person per link), or a shared link that
 * anyone holding it can use more than once.
 */
export type Channel = 'invitation' | 'sharedLink';

/**
 * The items a respondent is asked. Open questions only through an invitation: through a shared
 * link, whoever holds it could add answers of their own until one real open answer stands out.
 */
export function itemsAsked<Item extends { perspectives: readonly Perspective[]; kind: ItemKind }>(
  items: readonly Item[],
  perspective: Perspective,
  channel: Channel,
): Item[] {
  return itemsForPerspective(items, perspective).filter(
    (item) => channel === 'invitation' || item.kind !== 'open',
  );
}

/** The items one perspective gets, in the instrument's order. */
export function itemsForPerspective<Item extends { perspectives: readonly Perspective[] }>(
  items: readonly Item[],
  perspective: Perspective,
): Item[] {
  return items.filter((item) => item.perspectives.includes(perspective));
}
