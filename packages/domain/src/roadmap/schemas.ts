import { z } from 'zod';
import { stepKeySchema } from '../framework/schema.ts';
import { goalAchievedValues, goalStatuses, itemStatuses } from './statuses.ts';

export const itemStatusSchema = z.enum(itemStatuses);

const isoDate = z.iso.date();
const longText = z.string().max(5000);
const shortText = z.string().trim().min(1).max(300);

/**
 * A change to one roadmap item. `version` is the version the editor saw: if someone else saved in
 * between, the change is refused with the current state instead of overwriting it.
 */
export const itemChangeSchema = z
  .strictObject({
    version: z.int().positive(),
    status: itemStatusSchema.optional(),
    ownerMembershipId: z.uuid().nullable().optional(),
    dueDate: isoDate.nullable().optional(),
    notes: longText.optional(),
    notApplicableReason: z.string().trim().max(1000).nullable().optional(),
  })
  .refine((change) => change.status !== 'notApplicable' || (change.notApplicableReason ?? '').length > 0, {
    path: ['notApplicableReason'],
    message: 'Give a reason when an item does not apply',
  });
export type ItemChange = z.infer<typeof itemChangeSchema>;

export const decisionInputSchema = z.strictObject({
  decidedOn: isoDate,
  decision: shortText.max(2000),
  rationale: longText.trim().min(1),
  /** Who decided: a body or person, e.g. "MT" or "Raad van Bestuur". */
  decidedBy: shortText,
});

export const evidenceLinkInputSchema = z.strictObject({
  title: shortText,
  url: z.url({ protocol: /^https?$/ }).max(2000),
});

export const goalInputSchema = z.strictObject({
  stepKey: stepKeySchema,
  title: shortText,
  ownerMembershipId: z.uuid().nullable().default(null),
  deadline: isoDate.nullable().default(null),
});

export const goalChangeSchema = z.strictObject({
  version: z.int().positive(),
  title: shortText.optional(),
  ownerMembershipId: z.uuid().nullable().optional(),
  deadline: isoDate.nullable().optional(),
  status: z.enum(goalStatuses).optional(),
  /** "Doel behaald?": answered when the goal is reviewed. */
  achieved: z.enum(goalAchievedValues).nullable().optional(),
  /** Marks the goal as reviewed in the current cycle. */
  reviewed: z.boolean().optional(),
});

export const topicActionSchema = z.enum(['advance', 'close', 'newRound']);

export const topicChangeSchema = z.strictObject({
  version: z.int().positive(),
  title: z.string().trim().min(1).max(300).optional(),
  /** Notes for the topic's current phase. */
  notes: z.string().max(5000).optional(),
  action: topicActionSchema.optional(),
});
