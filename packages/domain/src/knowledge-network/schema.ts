import { z } from 'zod';
import { bundledFrameworks } from '../framework/index.ts';
import { phaseKeySchema, stepKeySchema } from '../framework/schema.ts';
import { frameworkActivityKeys } from '../registry/keys.ts';
import { activityAudiences, sharedDocumentKinds, sharedItemKinds } from './keys.ts';

const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);
const uniqueList = <T extends z.ZodType<string>>(item: T, max: number, min = 0) =>
  z
    .array(item)
    .min(min)
    .max(max)
    .transform((values) => [...new Set(values)] as z.infer<T>[]);
const text = (max: number) => z.string().trim().min(1).max(max);

/** Every step item key of every bundled framework version, by step. */
const itemsOfStep = (stepKey: string) =>
  new Set(
    bundledFrameworks.flatMap(({ content }) =>
      content.steps
        .filter((step) => step.key === stepKey)
        .flatMap((step) => step.items.map((item) => item.key)),
    ),
  );

/** What every shared item carries: a title, a summary, its licence line and where in the guide it belongs. */
const sharedItemFields = {
  title: text(200),
  summary: z.string().trim().max(2000).default(''),
  licence: text(200),
  stepKey: stepKeySchema.nullable().default(null),
  itemKey: z.string().max(100).nullable().default(null),
  phases: uniqueList(phaseKeySchema, 3).default([]),
  /** Shared although the check found names of the organisation's own people in it. */
  confirmNames: z.boolean().default(false),
};

const withPlace = <T extends { stepKey: string | null; itemKey: string | null }>(schema: z.ZodType<T>) =>
  schema.superRefine((input, ctx) => {
    if (input.itemKey && (!input.stepKey || !itemsOfStep(input.stepKey).has(input.itemKey)))
      ctx.addIssue({ code: 'custom', path: ['itemKey'], message: 'itemNotInStep' });
  });

/** An activity format: the organisation's way of running an activity, for the network. */
export const activityFormatInputSchema = withPlace(
  z.strictObject({
    kind: z.literal('activityFormat'),
    ...sharedItemFields,
    phases: uniqueList(phaseKeySchema, 3, 1),
    audience: uniqueList(enumOf(activityAudiences), activityAudiences.length, 1),
    activityKey: enumOf(frameworkActivityKeys).nullable().default(null),
  }),
);

/** A closed lemniscate topic with its feedback, shared as it stands. */
export const policyTopicShareInputSchema = withPlace(
  z.strictObject({
    kind: z.literal('policyTopic'),
    ...sharedItemFields,
    policyTopicId: z.uuid(),
  }),
);

/** The two kinds shared without a file. */
export const sharedPracticeInputSchema = z.union([activityFormatInputSchema, policyTopicShareInputSchema]);
export type SharedPracticeInput = z.infer<typeof sharedPracticeInputSchema>;

/** The fields sent with an uploaded document (multipart field `meta`, as JSON, before `file`). */
export const sharedDocumentInputSchema = withPlace(
  z.strictObject({
    kind: enumOf(sharedDocumentKinds),
    ...sharedItemFields,
  }),
);
export type SharedDocumentInput = z.infer<typeof sharedDocumentInputSchema>;

/** A new version of a shared document (multipart field `meta`, as JSON, before `file`). */
export const sharedDocumentVersionInputSchema = z.strictObject({
  version: z.int().positive(),
  confirmNames: z.boolean().default(false),
});

/** Withdrawing an item, with the version last seen. */
export const withdrawInputSchema = z.strictObject({ version: z.int().positive() });

/** Taking part in the kennisnetwerk, or no longer. */
export const knowledgeSharingInputSchema = z.strictObject({ sharing: z.boolean() });

/** Searching the network: words in the title or summary, and filters. */
export const knowledgeSearchSchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  kind: enumOf(sharedItemKinds).optional(),
  stepKey: stepKeySchema.optional(),
  itemKey: z.string().max(100).optional(),
  phase: phaseKeySchema.optional(),
});
export type KnowledgeSearch = z.infer<typeof knowledgeSearchSchema>;

/** A link in the network's library, attached to a step (and, if it fits, one of its items). */
const linkFields = {
  title: text(200),
  /** Left empty when the network admin has not filled it in yet. */
  url: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
  description: z.string().trim().max(1000).default(''),
  stepKey: stepKeySchema.nullable().default(null),
  itemKey: z.string().max(100).nullable().default(null),
};
export const knowledgeLinkInputSchema = withPlace(z.strictObject(linkFields));
export type KnowledgeLinkInput = z.infer<typeof knowledgeLinkInputSchema>;
export const knowledgeLinkChangeSchema = withPlace(
  z.strictObject({ ...linkFields, version: z.int().positive() }),
);
