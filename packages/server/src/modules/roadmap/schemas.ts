import {
  adviceRoles,
  evidenceCheckKeys,
  itemStatusSchema,
  maturityStages,
  registryCheckKeys,
  stepKeySchema,
} from '@derde-bron/domain';
import { z } from 'zod';
import { orgParams } from '../../http/params.ts';
import { errorResponseSchema, scopedErrorResponses } from '../../plugins/errors.ts';
import { registryFactsSchema } from '../registry/index.ts';

export const itemParams = orgParams.extend({ itemKey: z.string().regex(/^[a-z][a-zA-Z0-9]{0,59}$/) });

export const itemSchema = z.object({
  itemKey: z.string(),
  stepKey: z.string(),
  status: itemStatusSchema,
  ownerMembershipId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  notes: z.string(),
  notApplicableReason: z.string().nullable(),
  version: z.int(),
  updatedAt: z.date(),
  retiredAt: z.date().nullable(),
});

export const progressSchema = z.object({
  applicable: z.int(),
  done: z.int(),
  inProgress: z.int(),
  percent: z.int(),
  required: z.int(),
  requiredDone: z.int(),
  requiredInProgress: z.int(),
});
const stageSchema = z.enum(maturityStages);

export const goalSchema = z.object({
  id: z.uuid(),
  stepKey: stepKeySchema,
  title: z.string(),
  ownerMembershipId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  deadline: z.string().nullable(),
  status: z.enum(['open', 'inProgress', 'done']),
  achieved: z.enum(['yes', 'partly', 'no']).nullable(),
  cycle: z.int(),
  reviewedAt: z.date().nullable(),
  version: z.int(),
  /** The measurement result it was made from, if any: a wave and one of its items. */
  sourceWaveId: z.uuid().nullable(),
  sourceItemKey: z.string().nullable(),
});

/** One "doel behaald?" answer in a goal's history. */
export const goalReviewSchema = z.object({
  id: z.uuid(),
  goalId: z.uuid(),
  cycle: z.int(),
  monitorRoundId: z.uuid().nullable(),
  achieved: z.enum(['yes', 'partly', 'no']).nullable(),
  note: z.string(),
  reviewedByName: z.string(),
  reviewedAt: z.date(),
});

export const historySchema = z.object({
  id: z.uuid(),
  changedByName: z.string(),
  changedAt: z.date(),
  changes: z.array(z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
});

/** Where a fact behind the advice was read, for the page to name and link it. */
const factSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), itemKey: z.string() }),
  z.object({
    kind: z.literal('decision'),
    itemKey: z.string(),
    decisionId: z.uuid(),
    decidedOn: z.string(),
    decision: z.string(),
  }),
  z.object({ kind: z.literal('steps'), stepKeys: z.array(stepKeySchema) }),
  z.object({ kind: z.literal('registry'), levelsCovered: z.int() }),
]);

/** The capacity appointed in step 3. */
export const capacitySchema = z.object({
  role: z.enum(adviceRoles),
  hoursPerWeek: z.int(),
  startedOn: z.string(),
  endsOn: z.string().nullable(),
  version: z.int(),
  updatedAt: z.date(),
});

export const conflictWithCapacitySchema = errorResponseSchema.extend({ current: capacitySchema.nullable() });

export const overviewSchema = z.object({
  frameworkVersion: z.int(),
  stage: stageSchema,
  overall: progressSchema,
  steps: z.array(
    z.object({
      stepKey: stepKeySchema,
      progress: progressSchema,
      stage: stageSchema,
      registryChecks: z.array(z.object({ key: z.enum(registryCheckKeys), met: z.boolean() })),
      evidenceChecks: z.array(z.object({ key: z.enum(evidenceCheckKeys), met: z.boolean() })),
      items: z.array(itemSchema),
    }),
  ),
  advice: z.object({
    role: z.enum(['policyOfficer', 'projectLeader', 'coordinator']),
    facts: z.array(
      z.object({
        key: z.enum(['visionAdopted', 'assignmentFormulated', 'stepsDeveloped', 'broadDeployment']),
        met: z.boolean(),
        source: factSourceSchema,
      }),
    ),
    toNextRole: z.array(
      z.enum(['visionAdopted', 'assignmentFormulated', 'stepsDeveloped', 'broadDeployment']),
    ),
  }),
  capacity: capacitySchema.nullable(),
  /** The closed 0-meting wave that counts as step 1's evidence, for a link. */
  baselineWaveId: z.uuid().nullable(),
  registryFacts: registryFactsSchema.nullable(),
  overdueGoals: z.array(
    goalSchema.pick({ id: true, stepKey: true, title: true, deadline: true, status: true }),
  ),
  recentChanges: z.array(historySchema.extend({ itemKey: z.string() })),
});

export const decisionSchema = z.object({
  id: z.uuid(),
  decidedOn: z.string(),
  decision: z.string(),
  rationale: z.string(),
  decidedBy: z.string(),
  createdAt: z.date(),
  /** The framework version the roadmap followed when the decision was recorded. */
  frameworkVersion: z.int().nullable(),
});

export const evidenceSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  mimeType: z.string().nullable(),
  size: z.int().nullable(),
  createdAt: z.date(),
});

export const conflictWithItemSchema = errorResponseSchema.extend({ current: itemSchema });

export const errors = scopedErrorResponses;
