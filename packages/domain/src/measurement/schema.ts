import { z } from 'zod';
import { localizedTextSchema, stepKeySchema, stepKeys } from '../framework/schema.ts';
import { minimumCellSize, minimumSensitiveCellSize } from './anonymity.ts';
import {
  type Channel,
  dontKnow,
  itemKinds,
  itemsAsked,
  likertValues,
  openAnswerMaxLength,
  type Perspective,
  perspectives,
  preferNotToSay,
  type ResponseAnswers,
  selfAssessmentScaleKey,
} from './instrument.ts';
import { normaliseThemes, noteSummaryMaxLength, themeMaxLength, themesPerNoteMax } from './notes.ts';
import { waveKinds } from './wave.ts';

/** Stable keys: stored answers refer to items by key, never by position. */
const keySchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'keys are camelCase');

export const perspectiveSchema = z.enum(perspectives);
export const itemKindSchema = z.enum(itemKinds);

/** The labels of the answer scale, shown with every Likert item. */
export const likertLabelsSchema = z.strictObject({
  1: localizedTextSchema,
  2: localizedTextSchema,
  3: localizedTextSchema,
  4: localizedTextSchema,
  5: localizedTextSchema,
  [dontKnow]: localizedTextSchema,
});
export type LikertLabels = z.infer<typeof likertLabelsSchema>;

export const instrumentScaleSchema = z.strictObject({
  key: keySchema,
  title: localizedTextSchema,
  /** What the scale is about, and what a high score means. */
  description: localizedTextSchema,
  /** The step of the assessment framework this scale informs most. */
  stepKey: stepKeySchema,
  /** How the scale score is computed, in words the results page can show. */
  scoring: localizedTextSchema,
});
export type InstrumentScale = z.infer<typeof instrumentScaleSchema>;

const itemBase = {
  key: keySchema,
  scaleKey: keySchema,
  text: localizedTextSchema,
  /** Who gets the item. */
  perspectives: z
    .array(perspectiveSchema)
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'a perspective is listed twice'),
  /** The step of the assessment framework the answers inform. */
  stepKey: stepKeySchema,
};

export const likertItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('likert'),
  /** Worded the other way round: scored as 6 − answer. */
  reverse: z.boolean().optional(),
});
export type LikertItem = z.infer<typeof likertItemSchema>;

export const answerOptionSchema = z.strictObject({ key: keySchema, label: localizedTextSchema });
export type AnswerOption = z.infer<typeof answerOptionSchema>;

export const sensitiveItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('sensitive'),
  options: z
    .array(answerOptionSchema)
    .min(2)
    .refine((options) => new Set(options.map((o) => o.key)).size === options.length, 'option keys repeat')
    .refine((options) => options.some((o) => o.key === preferNotToSay), 'offer preferNotToSay'),
});
export type SensitiveItem = z.infer<typeof sensitiveItemSchema>;

export const openItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('open'),
  maxLength: z.int().positive().max(openAnswerMaxLength),
});
export type OpenItem = z.infer<typeof openItemSchema>;

export const instrumentItemSchema = z.discriminatedUnion('kind', [
  likertItemSchema,
  sensitiveItemSchema,
  openItemSchema,
]);
export type InstrumentItem = z.infer<typeof instrumentItemSchema>;

const duplicates = (keys: string[]) => keys.filter((key, index) => keys.indexOf(key) !== index);

export const instrumentContentSchema = z
  .strictObject({
    title: localizedTextSchema,
    /** Shown before the first question: what is stored, who sees what, that sensitive items may be skipped. */
    intro: localizedTextSchema,
    perspectives: z.array(z.strictObject({ key: perspectiveSchema, title: localizedTextSchema })),
    likertLabels: likertLabelsSchema,
    scales: z.array(instrumentScaleSchema).min(1),
    /** In the order they are asked. */
    items: z.array(instrumentItemSchema).min(1),
  })
  .superRefine((content, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    // From v2 an instrument may ask fewer perspectives (docs/anonymity.md); each is named once, and
    // an item asks only perspectives the instrument names.
    const perspectiveKeys = content.perspectives.map((p) => p.key);
    if (perspectiveKeys.length === 0 || duplicates(perspectiveKeys).length > 0) {
      issue(['perspectives'], 'name each perspective once');
    }
    content.items.forEach((item, index) => {
      for (const p of item.perspectives)
        if (!perspectiveKeys.includes(p))
          issue(['items', index, 'perspectives'], `the instrument does not name ${p}`);
    });
    for (const key of duplicates(content.scales.map((scale) => scale.key))) {
      issue(['scales'], `scale key ${key} repeats`);
    }
    for (const key of duplicates(content.items.map((item) => item.key))) {
      issue(['items'], `item key ${key} repeats`);
    }
    const scaleKeys = new Set(content.scales.map((scale) => scale.key));
    content.items.forEach((item, index) => {
      if (!scaleKeys.has(item.scaleKey)) issue(['items', index, 'scaleKey'], `no scale ${item.scaleKey}`);
    });
    // The self-assessment: management only, Likert, exactly one item per step.
    const selfAssessment = content.items.filter((item) => item.scaleKey === selfAssessmentScaleKey);
    if (selfAssessment.length > 0) {
      const wellFormed = selfAssessment.every(
        (item) => item.kind === 'likert' && item.perspectives.join() === 'management',
      );
      const steps = selfAssessment.map((item) => item.stepKey).sort();
      if (!wellFormed || steps.join() !== [...stepKeys].sort().join()) {
        issue(['items'], 'the self-assessment has one management-only Likert item per step');
      }
    }
  });
export type InstrumentContent = z.infer<typeof instrumentContentSchema>;

/** A Likert answer: a whole number 1..5, or "weet ik niet" (which is how a respondent passes). */
export const likertAnswerSchema = z.literal([...likertValues, dontKnow], {
  error: (issue) => (issue.input === undefined ? 'answer this item, or choose dontKnow' : undefined),
});

/** Text with a NUL character cannot be stored in PostgreSQL. */
const noNul = (text: string) => !text.includes('\u0000');

/**
 * The answer to one item. Likert items are required ("weet ik niet" is the way out); sensitive and
 * open items may be skipped. An open answer is trimmed, and an empty one counts as skipped; it is
 * stored as plain text, so only its length is checked here.
 */
export function answerSchemaFor(item: InstrumentItem): z.ZodType<string | number | undefined> {
  switch (item.kind) {
    case 'likert':
      return likertAnswerSchema;
    case 'sensitive':
      return z.enum(item.options.map((option) => option.key)).optional();
    case 'open':
      return z
        .string()
        .trim()
        .max(item.maxLength)
        .refine(noNul, 'text contains a NUL character')
        .transform((text) => (text === '' ? undefined : text))
        .optional();
  }
}

/**
 * A submitted response for one perspective: `{ answers: { [itemKey]: answer } }`. Only the items
 * that perspective gets are accepted; any other key is refused. Skipped items are absent in the
 * result. The server may `.extend` this with what it needs beside the answers.
 */
export function responseInputSchema(
  instrument: InstrumentContent,
  perspective: Perspective,
  channel: Channel = 'invitation',
) {
  const shape = Object.fromEntries(
    itemsAsked(instrument.items, perspective, channel).map((item) => [item.key, answerSchemaFor(item)]),
  );
  return z.strictObject({
    answers: z
      .strictObject(shape)
      // Skipped items leave no key behind.
      .transform(
        (answers) =>
          Object.fromEntries(
            Object.entries(answers).filter(([, answer]) => answer !== undefined),
          ) as ResponseAnswers,
      ),
  });
}
export type ResponseInput = z.output<ReturnType<typeof responseInputSchema>>;

/** A new wave. Thresholds may be set higher than the minimums, never lower, and never changed later. */
export const waveInputSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    kind: z.enum(waveKinds),
    opensOn: z.iso.date(),
    closesOn: z.iso.date(),
    perspectives: z.array(perspectiveSchema).min(1).max(4),
    minCell: z.int().min(minimumCellSize).max(50).default(minimumCellSize),
    minSensitiveCell: z.int().min(minimumSensitiveCellSize).max(100).default(minimumSensitiveCellSize),
  })
  .refine((wave) => wave.opensOn <= wave.closesOn, {
    path: ['closesOn'],
    message: 'The last day comes before the first',
  })
  .refine((wave) => new Set(wave.perspectives).size === wave.perspectives.length, {
    path: ['perspectives'],
    message: 'Each perspective once',
  });

/**
 * A group a wave asks: one team (or none) in one perspective, with how many people are in it. The
 * headcount is declared once and never changed: a shared link takes at most that many answers, and
 * the questionnaire tells each respondent how many people it is for.
 */
export const waveGroupInputSchema = z.strictObject({
  perspective: perspectiveSchema,
  teamId: z.uuid().nullable().default(null),
  headcount: z.int().min(1).max(10_000),
});
export type WaveGroupInput = z.infer<typeof waveGroupInputSchema>;

/** A note from a team conversation, as the coordinator enters it. */
export const conversationNoteInputSchema = z.strictObject({
  heldOn: z.iso.date(),
  teamId: z.uuid().nullable().default(null),
  waveId: z.uuid().nullable().default(null),
  summary: z.string().trim().min(1).max(noteSummaryMaxLength),
  themes: z
    .array(z.string().trim().min(1).max(themeMaxLength))
    .max(themesPerNoteMax)
    .default([])
    .transform(normaliseThemes),
});
export type ConversationNoteInput = z.infer<typeof conversationNoteInputSchema>;
