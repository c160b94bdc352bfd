import { itemStatusSchema, maturityStages, registryCheckKeys, stepKeySchema } from '@derde-bron/domain';
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

export const historySchema = z.object({
  id: z.uuid(),
  changedByName: z.string(),
  changedAt: z.date(),
  changes: z.array(z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
});

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
      items: z.array(itemSchema),
    }),
  ),
  advice: z.object({
    role: z.enum(['policyOfficer', 'projectLeader', 'coordinator']),
    facts: z.array(
      z.object({
        key: z.enum(['visionAdopted', 'assignmentFormulated', 'stepsDeveloped', 'broadDeployment']),
        met: z.boolean(),
      }),
    ),
    toNextRole: z.array(
      z.enum(['visionAdopted', 'assignmentFormulated', 'stepsDeveloped', 'broadDeployment']),
    ),
  }),
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
