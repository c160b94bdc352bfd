import {
  goalAchievedValues,
  monitorRoundKinds,
  monitorTeamRoles,
  orgRoles,
  stepKeySchema,
} from '@derde-bron/domain';
import { z } from 'zod';
import { orgParams } from '../../http/params.ts';

export const roundParams = orgParams.extend({ roundId: z.uuid() });
/** `step:<stepKey>` or `item:<itemKey>`; whether it is in the round's content is checked after. */
export const scoreParams = roundParams.extend({
  subjectKey: z.string().regex(/^(step|item):[a-z][a-zA-Z0-9]{0,59}$/),
});

export const teamMemberSchema = z.object({
  id: z.uuid(),
  membershipId: z.uuid(),
  teamRole: z.enum(monitorTeamRoles),
  name: z.string(),
  role: z.enum(orgRoles),
});

export const roundSchema = z.object({
  id: z.uuid(),
  cycle: z.int(),
  kind: z.enum(monitorRoundKinds),
  contentVersion: z.int(),
  heldOn: z.string(),
  closedAt: z.date().nullable(),
  version: z.int(),
});

export const scoreSchema = z.object({
  subjectKey: z.string(),
  score: z.int().nullable(),
  rationale: z.string(),
  evidence: z.array(z.object({ title: z.string(), url: z.string() })),
  version: z.int(),
  updatedByName: z.string(),
  updatedAt: z.date(),
});

const judgementSchema = z
  .object({
    stepScore: z.int().nullable(),
    itemMean: z.number().nullable(),
    itemsScored: z.int(),
    itemCount: z.int(),
  })
  .nullable();

export const overviewSchema = z.object({
  contentVersion: z.int(),
  team: z.array(teamMemberSchema),
  rounds: z.array(roundSchema.extend({ scored: z.int() })),
  /** The latest cycle's begin against end, step by step, with the rationale of each step score. */
  comparison: z
    .object({
      cycle: z.int(),
      steps: z.array(
        z.object({
          stepKey: stepKeySchema,
          begin: judgementSchema,
          end: judgementSchema,
          change: z.int().nullable(),
          beginRationale: z.string().nullable(),
          endRationale: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
});

export const goalReviewSchema = z.object({
  id: z.uuid(),
  goalId: z.uuid(),
  cycle: z.int(),
  monitorRoundId: z.uuid().nullable(),
  achieved: z.enum(goalAchievedValues).nullable(),
  note: z.string(),
  reviewedByName: z.string(),
  reviewedAt: z.date(),
});

export const roundDetailSchema = z.object({
  round: roundSchema,
  scores: z.array(scoreSchema),
  goalReviews: z.array(goalReviewSchema),
});

export const gapSchema = z.object({
  /** The latest closed and published wave; null when there is none yet. */
  wave: z.object({ id: z.uuid(), title: z.string(), closesOn: z.string() }).nullable(),
  /** The round whose step scores are compared; null when none is scored yet. */
  round: roundSchema.pick({ id: true, cycle: true, kind: true, heldOn: true }).nullable(),
  steps: z.array(
    z.object({
      stepKey: stepKeySchema,
      team: z.int().nullable(),
      staff: z.int().nullable(),
      gap: z.int().nullable(),
      scaleKeys: z.array(z.string()),
    }),
  ),
});
