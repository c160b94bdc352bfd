import { z } from 'zod';
import { stepKeySchema } from '../framework/schema.ts';
import { adviceRoles } from './advice.ts';
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

/** Hours per week a capacity may have: at least one, at most a full week of 40 hours. */
export const capacityHours = { min: 1, max: 40 } as const;

/**
 * The capacity actually appointed in step 3 (item 1): which of the advice's three roles, how many
 * hours a week, from when (and until when, if it ends). `version` is absent when recording the first.
 */
export const capacityInputSchema = z
  .strictObject({
    version: z.int().positive().optional(),
    role: z.enum(adviceRoles),
    hoursPerWeek: z.int().min(capacityHours.min).max(capacityHours.max),
    startedOn: isoDate,
    endsOn: isoDate.nullable().default(null),
  })
  .refine((input) => input.endsOn === null || input.endsOn >= input.startedOn, {
    path: ['endsOn'],
    message: 'The end date cannot be before the start date',
  });
export type CapacityInput = z.infer<typeof capacityInputSchema>;

/** An appointed capacity as stored. */
export type Capacity = {
  role: (typeof adviceRoles)[number];
  hoursPerWeek: number;
  startedOn: string;
  endsOn: string | null;
  version: number;
};

/** Whether an appointed capacity holds on a day: started, and not ended before it. */
export const capacityCurrentOn = (capacity: { startedOn: string; endsOn: string | null }, day: string) =>
  capacity.startedOn <= day && (capacity.endsOn === null || capacity.endsOn >= day);
