import { frameworkContentSchema, stepKeySchema } from '@derde-bron/domain';
import { z } from 'zod';

export const versionSummarySchema = z.object({
  id: z.uuid(),
  version: z.int().positive(),
  publishedAt: z.date(),
});
export const versionSchema = versionSummarySchema.extend({ content: frameworkContentSchema });

const textSchema = z.object({ nl: z.string(), en: z.string() });
const itemRefSchema = z.object({
  key: z.string(),
  stepKey: stepKeySchema,
  number: z.int(),
  title: textSchema,
});

/** The domain's FrameworkDiff: what a version changes about the step items, by stable key. */
export const frameworkDiffSchema = z.object({
  added: z.array(itemRefSchema),
  removed: z.array(itemRefSchema),
  renamed: z.array(z.object({ key: z.string(), stepKey: stepKeySchema, from: textSchema, to: textSchema })),
  moved: z.array(z.object({ key: z.string(), from: stepKeySchema, to: stepKeySchema })),
  reworded: z.array(z.string()),
  kept: z.array(z.string()),
});

export const draftSummarySchema = z.object({
  id: z.uuid(),
  basedOn: z.int(),
  version: z.int(),
  updatedAt: z.date(),
});
export const draftSchema = draftSummarySchema.extend({ content: frameworkContentSchema });
export const draftParams = z.object({ draftId: z.uuid() });
