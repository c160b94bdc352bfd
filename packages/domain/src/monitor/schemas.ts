import { z } from 'zod';
import { localizedTextSchema, stepKeySchema, stepKeys } from '../framework/schema.ts';
import { goalAchievedValues } from '../roadmap/statuses.ts';
import {
  monitorEvidenceMax,
  monitorLevels,
  monitorRationaleMaxLength,
  monitorRoundKinds,
  monitorTeamRoles,
} from './levels.ts';

const keySchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'keys are camelCase');
const levelTextSchema = z.strictObject({ label: localizedTextSchema, text: localizedTextSchema });

/** A monitor content version: every step of the framework once, items with stable keys. */
export const monitorContentSchema = z
  .strictObject({
    version: z.int().positive(),
    title: localizedTextSchema,
    intro: localizedTextSchema,
    levels: z.strictObject({
      1: levelTextSchema,
      2: levelTextSchema,
      3: levelTextSchema,
      4: levelTextSchema,
    }),
    steps: z.array(
      z.strictObject({
        stepKey: stepKeySchema,
        question: localizedTextSchema,
        matchingScales: z.array(z.strictObject({ scaleKey: keySchema, reverse: z.boolean().optional() })),
        items: z.array(z.strictObject({ itemKey: keySchema, statement: localizedTextSchema })).min(1),
      }),
    ),
  })
  .superRefine((content, ctx) => {
    if (content.steps.map((s) => s.stepKey).join() !== stepKeys.join())
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'every step once, in order' });
    const itemKeys = content.steps.flatMap((s) => s.items.map((i) => i.itemKey));
    if (new Set(itemKeys).size !== itemKeys.length)
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'an item key repeats' });
  });

/** Naming a member of the organisation in the implementation team. */
export const monitorTeamMemberInputSchema = z.strictObject({
  membershipId: z.uuid(),
  teamRole: z.enum(monitorTeamRoles),
});

/** A new round: the begin- or eind-meting of a cycle. */
export const monitorRoundInputSchema = z.strictObject({
  cycle: z.int().min(1).max(100),
  kind: z.enum(monitorRoundKinds),
  heldOn: z.iso.date(),
});

/** Closing (or reopening) a round, from the version last seen. */
export const monitorRoundChangeSchema = z.strictObject({
  version: z.int().min(1),
  closed: z.boolean(),
});

const evidenceLinkSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https?$/ }).max(2000),
});

/**
 * The team's score of one step or item, with why. `version` 0 for a first score, else the version
 * last seen (a stale one gets 409). A null score clears it ("nog niet besproken").
 */
export const monitorScoreInputSchema = z.strictObject({
  version: z.int().min(0),
  score: z.literal([...monitorLevels]).nullable(),
  rationale: z.string().trim().max(monitorRationaleMaxLength).default(''),
  evidence: z.array(evidenceLinkSchema).max(monitorEvidenceMax).default([]),
});
export type MonitorScoreInput = z.infer<typeof monitorScoreInputSchema>;

/** "Doel behaald?" for one goal of the roadmap, answered in the eind-meting. */
export const goalReviewInputSchema = z.strictObject({
  goalId: z.uuid(),
  achieved: z.enum(goalAchievedValues),
  note: z.string().trim().max(monitorRationaleMaxLength).default(''),
});
export type GoalReviewInput = z.infer<typeof goalReviewInputSchema>;
