import { z } from 'zod';
import { orgParams } from '../../http/params.ts';
import { errorResponseSchema, scopedErrorResponses } from '../../plugins/errors.ts';

export const sharedItemSchema = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  ownerName: z.string(),
  kind: z.string(),
  title: z.string(),
  summary: z.string(),
  licence: z.string(),
  stepKey: z.string().nullable(),
  itemKey: z.string().nullable(),
  phases: z.array(z.string()),
  audience: z.array(z.string()),
  activityKey: z.string().nullable(),
  status: z.enum(['shared', 'withdrawn']),
  contentVersion: z.int(),
  version: z.int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  withdrawnAt: z.date().nullable(),
});

export const sharedItemVersionSchema = z.object({
  number: z.int(),
  fileName: z.string().nullable(),
  mimeType: z.string().nullable(),
  size: z.int().nullable(),
  body: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.date(),
});

export const sharedItemDetailSchema = sharedItemSchema.extend({
  own: z.boolean(),
  versions: z.array(sharedItemVersionSchema),
});

export const copySchema = z.object({
  id: z.uuid(),
  target: z.enum(['activity', 'policyTopic']),
  targetId: z.uuid(),
  title: z.string(),
  fromName: z.string(),
  createdAt: z.date(),
});

export const linkSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  url: z.string().nullable(),
  description: z.string(),
  stepKey: z.string().nullable(),
  itemKey: z.string().nullable(),
  version: z.int(),
});

export const itemParams = orgParams.extend({ itemId: z.uuid() });
export const linkParams = z.object({ linkId: z.uuid() });

/** Refused because the text may name the organisation's own people: which, and whether a file's text was read. */
export const namesFoundSchema = errorResponseSchema.extend({
  names: z.array(z.string()),
  textChecked: z.boolean(),
});

export const errors = {
  ...scopedErrorResponses,
  409: errorResponseSchema.extend({ current: sharedItemSchema.optional() }),
  422: namesFoundSchema,
};
export const uploadErrors = { ...errors, 413: errorResponseSchema };
