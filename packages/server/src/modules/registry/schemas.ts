import { importMessageKeys, maturityStages, signalKeys } from '@derde-bron/domain';
import { z } from 'zod';
import { orgParams } from '../../http/params.ts';
import { errorResponseSchema, scopedErrorResponses } from '../../plugins/errors.ts';

export const personParams = orgParams.extend({ personId: z.uuid() });
export const logParams = personParams.extend({ logId: z.uuid() });
export const activityParams = orgParams.extend({ activityId: z.uuid() });

export const signalSchema = z.object({ key: z.enum(signalKeys), date: z.string().nullable() });

export const personSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(['expert', 'staff']),
  membershipId: z.uuid().nullable(),
  memberName: z.string().nullable().optional(),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  roles: z.array(z.string()),
  phases: z.array(z.string()),
  levels: z.array(z.string()),
  coreTasks: z.array(z.string()),
  bcpTasks: z.array(z.string()),
  employment: z.enum(['paid', 'volunteer']),
  hoursPerWeek: z.number().nullable(),
  fundingSource: z.enum(['structural', 'project', 'subsidy']).nullable(),
  fundingEndsOn: z.string().nullable(),
  trainingName: z.string().nullable(),
  trainingLevel: z.string().nullable(),
  trainingNlqf: z.int().nullable(),
  trainingRoute: z.enum(['diploma', 'certificate']).nullable(),
  trainingCompletedOn: z.string().nullable(),
  trainingRecognised: z.boolean(),
  trainingException: z.string().nullable(),
  registrationNumber: z.string().nullable(),
  registrationExpiresOn: z.string().nullable(),
  skjNumber: z.string().nullable(),
  skjExpiresOn: z.string().nullable(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  lastReflectionOn: z.string().nullable(),
  jobTitle: z.string().nullable(),
  salaryScale: z.string().nullable(),
  jobAddendum: z.boolean(),
  /** The person mails herself her own signals (opt-in, only she can change it). */
  signalMails: z.boolean(),
  version: z.int(),
  updatedAt: z.date(),
});

export const personWithSignalsSchema = personSchema.extend({ signals: z.array(signalSchema) });

export const logSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  kind: z.enum(['intervision', 'supervision', 'training']),
  heldOn: z.string(),
  setting: z.enum(['internal', 'external']),
  title: z.string().nullable(),
  hours: z.number().nullable(),
  version: z.int(),
});

const registerNorm = z.object({ periodMonths: z.int(), reflectionHours: z.int() });
export const normsSchema = z.object({
  reflectionMonths: z.int(),
  registerplein: registerNorm,
  skj: registerNorm,
});
export const periodHoursSchema = z.object({
  register: z.enum(['registerplein', 'skj']),
  from: z.string(),
  to: z.string(),
  hours: z.number(),
  norm: z.number(),
  short: z.number(),
});

const phaseCounts = z.object({ safety: z.int(), riskManagement: z.int(), recovery: z.int() });
const coverageRow = z.object({ key: z.string(), byPhase: phaseCounts, total: z.int() });
export const coverageSchema = z.object({
  levels: z.array(coverageRow),
  roles: z.array(coverageRow),
  phaseTotals: phaseCounts,
  people: z.int(),
  aim: z.object({
    levelsCovered: z.array(z.string()),
    levelsMissing: z.array(z.string()),
    levelsPresent: z.array(z.string()),
    phasesCovered: z.array(z.string()),
    phasesMissing: z.array(z.string()),
    gaps: z.array(z.object({ level: z.string(), phase: z.string() })),
    met: z.boolean(),
  }),
});

export const signalsListSchema = z.object({
  counts: z.record(z.enum(signalKeys), z.int()),
  people: z.array(z.object({ id: z.uuid(), name: z.string(), signals: z.array(signalSchema) })),
  rolesRequiringRegistration: z.array(z.string()),
  rolesRequiringTraining: z.array(z.string()),
});

export const settingsSchema = z.object({
  rolesRequiringRegistration: z.array(z.string()),
  rolesRequiringTraining: z.array(z.string()),
  norms: normsSchema,
  levelsPresent: z.array(z.string()),
  version: z.int(),
});

export const activitySchema = z.object({
  id: z.uuid(),
  activityKey: z.string().nullable(),
  name: z.string().nullable(),
  phases: z.array(z.string()),
  leaderPersonIds: z.array(z.uuid()),
  leaders: z.array(z.object({ id: z.uuid(), name: z.string() })),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  version: z.int(),
  reach: z.array(
    z.object({
      quarter: z.string(),
      participants: z.int(),
      adults: z.int().nullable(),
      children: z.int().nullable(),
      partners: z.int().nullable(),
      network: z.int().nullable(),
      sessions: z.int().nullable(),
    }),
  ),
});

export const importReportSchema = errorResponseSchema.extend({
  errors: z.array(z.object({ row: z.int(), column: z.string(), messageKey: z.enum(importMessageKeys) })),
});

export const registryFactsSchema = z.object({
  people: z.int(),
  experts: z.int(),
  levelsCovered: z.int(),
  registeredShare: z.int().nullable(),
  structuralShare: z.int().nullable(),
  tasksRecordedShare: z.int().nullable(),
  reflectionShare: z.int().nullable(),
  recognisedTrainingShare: z.int().nullable(),
  missingRequiredRegistrations: z.int(),
});

export { conflictWith } from '../../plugins/errors.ts';
export const stageSchema = z.enum(maturityStages);
export const errors = scopedErrorResponses;

const sourceAmounts = z.object({ structural: z.number(), project: z.number(), subsidy: z.number() });
const formationTarget = z.object({
  level: z.string(),
  phase: z.enum(['safety', 'riskManagement', 'recovery']),
  role: z.string().nullable(),
  people: z.number(),
  fte: z.number(),
});
const budgetLine = z.object({
  source: z.enum(['structural', 'project', 'subsidy']),
  label: z.string().nullable(),
  amount: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
});
export const formationPlanSchema = z.object({
  hoursPerFte: z.number(),
  targets: z.array(formationTarget),
  budget: z.array(budgetLine),
  version: z.int(),
});
const cell = z.object({ level: z.string(), phase: z.string() });
/** The plan as saved, and the plan against the registry today (domain `computeFormation`). */
export const formationSchema = z.object({
  plan: formationPlanSchema,
  formation: z.object({
    hoursPerFte: z.number(),
    targets: z.array(
      formationTarget.extend({
        actualPeople: z.int(),
        actualFte: z.number(),
        gapPeople: z.number(),
        gapFte: z.number(),
      }),
    ),
    totals: z.object({
      targetPeople: z.number(),
      targetFte: z.number(),
      actualPeople: z.int(),
      actualFte: z.number(),
    }),
    budget: z.object({
      bySource: sourceAmounts,
      runningBySource: sourceAmounts,
      total: z.number(),
      endingSoon: z.array(budgetLine),
    }),
    aim: coverageSchema.shape.aim.extend({ gapsWithoutTarget: z.array(cell) }),
  }),
});

/** The person turns e-mails about her own signals on or off. */
export const signalMailsChangeSchema = z.strictObject({ enabled: z.boolean() });
export const signalMailsSchema = z.object({ enabled: z.boolean() });
