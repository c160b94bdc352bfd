import { z } from 'zod';
import { isIsoDate } from '../dates.ts';
import { organisationSizeLimits } from './fair.ts';
import { formationLimits } from './formation.ts';
import {
  bcpTaskKeys,
  coreTaskLetters,
  employmentKinds,
  fundingSources,
  isValidRegistrationNumber,
  isValidSkjNumber,
  logKinds,
  logSettings,
  maxHoursPerWeek,
  maxLogHours,
  nlqfLevels,
  normaliseRegistrationNumber,
  personKinds,
  quarterPattern,
  type ReachAudience,
  reachAudiences,
  registryActivityKeys,
  registryLevelKeys,
  registryPhaseKeys,
  registryRoleKeys,
  rolesForKind,
  trainingRoutes,
} from './keys.ts';
import { normLimits } from './norms.ts';

const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);
const isoDate = z.iso.date().refine(isIsoDate, 'not a calendar date');
const uniqueList = <T extends z.ZodType<string>>(item: T, max: number, min = 0) =>
  z
    .array(item)
    .min(min)
    .max(max)
    .transform((values) => [...new Set(values)] as z.infer<T>[]);

export const registryRoleSchema = enumOf(registryRoleKeys);
export const registryPhaseSchema = enumOf(registryPhaseKeys);
export const registryLevelSchema = enumOf(registryLevelKeys);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value ? value : null));

/**
 * A number with a clear message per rule (a zod `custom` issue keyed for the field messages): not
 * negative, not above `max`, and whole when `whole`.
 */
const amountOf = (max: number, whole = false) =>
  z
    .number()
    .refine((value) => !whole || Number.isInteger(value), 'wholeNumber')
    .refine((value) => value >= 0, 'notNegative')
    .refine((value) => value <= max, 'tooLarge');
const reachCount = (max: number) => amountOf(max, true);

export const registrationNumberSchema = z
  .string()
  .trim()
  .refine(isValidRegistrationNumber, 'registrationNumberFormat')
  .transform(normaliseRegistrationNumber);

export const skjNumberSchema = z
  .string()
  .trim()
  .refine(isValidSkjNumber, 'skjNumberFormat')
  .transform(normaliseRegistrationNumber);

/**
 * A person in the registry. Never their lived experience: only what the organisation needs to
 * deploy, support and fund them. `version` is required on a change (optimistic concurrency).
 */
const personFields = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: enumOf(personKinds),
  membershipId: z.uuid().nullable().default(null),
  teamId: z.uuid().nullable().default(null),
  roles: uniqueList(registryRoleSchema, 20).default([]),
  phases: uniqueList(registryPhaseSchema, 3).default([]),
  levels: uniqueList(registryLevelSchema, 5, 1),
  coreTasks: uniqueList(enumOf(coreTaskLetters), 4).default([]),
  bcpTasks: uniqueList(enumOf(bcpTaskKeys), bcpTaskKeys.length).default([]),
  employment: enumOf(employmentKinds),
  hoursPerWeek: z.number().min(0).max(maxHoursPerWeek).nullable().default(null),
  fundingSource: enumOf(fundingSources).nullable().default(null),
  fundingEndsOn: isoDate.nullable().default(null),
  trainingName: optionalText(200).default(null),
  trainingLevel: optionalText(100).default(null),
  trainingNlqf: z
    .int()
    .min(nlqfLevels[0])
    .max(nlqfLevels[nlqfLevels.length - 1] ?? 8)
    .nullable()
    .default(null),
  trainingRoute: enumOf(trainingRoutes).nullable().default(null),
  trainingCompletedOn: isoDate.nullable().default(null),
  trainingRecognised: z.boolean().default(false),
  /** Why an ervaringsdeskundige works without a recognised training (the guide, step 4 item 1). */
  trainingException: optionalText(500).default(null),
  registrationNumber: registrationNumberSchema.nullable().default(null),
  registrationExpiresOn: isoDate.nullable().default(null),
  skjNumber: skjNumberSchema.nullable().default(null),
  skjExpiresOn: isoDate.nullable().default(null),
  startedOn: isoDate.nullable().default(null),
  endedOn: isoDate.nullable().default(null),
  /** The functiehuis (guide, step 6 item 4): the job, its pay scale, and whether an addendum widens it. */
  jobTitle: optionalText(200).default(null),
  salaryScale: optionalText(40).default(null),
  jobAddendum: z.boolean().default(false),
});

type PersonFields = z.infer<typeof personFields>;

/** The rules across fields, shared by the API and the import (the import reports them per column). */
export function personProblems(person: PersonFields): Array<{ path: keyof PersonFields; message: string }> {
  const problems: Array<{ path: keyof PersonFields; message: string }> = [];
  const allowed = rolesForKind(person.kind);
  if (person.roles.some((role) => !allowed.includes(role)))
    problems.push({
      path: 'roles',
      message: person.kind === 'staff' ? 'roleOnlyForExperts' : 'roleOnlyForStaff',
    });
  if (person.kind === 'expert' && !person.trainingRecognised && !person.trainingException)
    problems.push({ path: 'trainingException', message: 'trainingOrExceptionRequired' });
  if (person.startedOn && person.endedOn && person.endedOn < person.startedOn)
    problems.push({ path: 'endedOn', message: 'datesInWrongOrder' });
  if (person.registrationNumber && !person.registrationExpiresOn)
    problems.push({ path: 'registrationExpiresOn', message: 'registrationExpiryMissing' });
  if (!person.registrationNumber && person.registrationExpiresOn)
    problems.push({ path: 'registrationNumber', message: 'registrationNumberMissing' });
  if (person.skjNumber && !person.skjExpiresOn)
    problems.push({ path: 'skjExpiresOn', message: 'registrationExpiryMissing' });
  if (!person.skjNumber && person.skjExpiresOn)
    problems.push({ path: 'skjNumber', message: 'registrationNumberMissing' });
  if (person.fundingEndsOn && !person.fundingSource)
    problems.push({ path: 'fundingSource', message: 'fundingSourceMissing' });
  if (person.fundingEndsOn && person.startedOn && person.fundingEndsOn < person.startedOn)
    problems.push({ path: 'fundingEndsOn', message: 'datesInWrongOrder' });
  return problems;
}

const withPersonRules = <T extends PersonFields>(schema: z.ZodType<T>) =>
  schema.superRefine((person, ctx) => {
    for (const problem of personProblems(person))
      ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  });

export const personInputSchema = withPersonRules(personFields);
export type PersonInput = z.infer<typeof personInputSchema>;
export const personChangeSchema = withPersonRules(personFields.extend({ version: z.int().positive() }));
export type PersonChange = z.infer<typeof personChangeSchema>;

/** An intervisie or supervisie session, or a training attended. No notes: logs never hold personal data. */
const logFields = z.strictObject({
  kind: enumOf(logKinds),
  heldOn: isoDate,
  setting: enumOf(logSettings),
  /** The training's name (required for a training), or a neutral label for a session. */
  title: optionalText(200).default(null),
  /** How long it lasted, in hours (quarters allowed): counts toward the re-registration norms. */
  hours: z
    .number()
    .positive()
    .max(maxLogHours)
    .refine((value) => Number.isInteger(value * 4), 'quarterHours')
    .nullable()
    .default(null),
});
const withLogRules = <T extends z.infer<typeof logFields>>(schema: z.ZodType<T>) =>
  schema.superRefine((log, ctx) => {
    if (log.kind === 'training' && !log.title)
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'trainingNameMissing' });
  });
export const logInputSchema = withLogRules(logFields);
export type LogInput = z.infer<typeof logInputSchema>;
export const logChangeSchema = withLogRules(logFields.extend({ version: z.int().positive() }));
export type LogChange = z.infer<typeof logChangeSchema>;

/** An activity the organisation runs: one of the guide's, or its own (then with a name). */
const activityFields = z.strictObject({
  activityKey: enumOf(registryActivityKeys).nullable().default(null),
  name: optionalText(200).default(null),
  phases: uniqueList(registryPhaseSchema, 3, 1),
  leaderPersonIds: z
    .array(z.uuid())
    .max(20)
    .default([])
    .transform((ids) => [...new Set(ids)]),
  startsOn: isoDate.nullable().default(null),
  endsOn: isoDate.nullable().default(null),
});
const withActivityRules = <T extends z.infer<typeof activityFields>>(schema: z.ZodType<T>) =>
  schema.superRefine((activity, ctx) => {
    if (!activity.activityKey && !activity.name)
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'activityNameMissing' });
    if (activity.startsOn && activity.endsOn && activity.endsOn < activity.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'datesInWrongOrder' });
  });
export const activityInputSchema = withActivityRules(activityFields);
export type ActivityInput = z.infer<typeof activityInputSchema>;
export const activityChangeSchema = withActivityRules(activityFields.extend({ version: z.int().positive() }));
export type ActivityChange = z.infer<typeof activityChangeSchema>;

/**
 * Reach of an activity in one quarter (chosen from a list, as `2025-Q3`): counts per audience,
 * whole and not negative, never who. The participants are their sum.
 */
export const reachInputSchema = z
  .strictObject({
    quarter: z.string().refine((value) => quarterPattern.test(value), 'quarterFormat'),
    ...(Object.fromEntries(reachAudiences.map((audience) => [audience, reachCount(100_000)])) as Record<
      ReachAudience,
      ReturnType<typeof reachCount>
    >),
    sessions: reachCount(10_000).nullable().default(null),
  })
  .transform((reach) => ({
    ...reach,
    participants: reachAudiences.reduce((sum, audience) => sum + reach[audience], 0),
  }));
export type ReachInput = z.infer<typeof reachInputSchema>;

const registerNormSchema = z.strictObject({
  periodMonths: z.int().min(1).max(normLimits.periodMonths),
  reflectionHours: z.int().min(0).max(normLimits.reflectionHours),
});
/** The organisation's own norms (norms.ts): none is a rule of the guide or of a register. */
export const registryNormsSchema = z.strictObject({
  reflectionMonths: z.int().min(1).max(normLimits.reflectionMonths),
  registerplein: registerNormSchema,
  skj: registerNormSchema,
});

/** Conditions per role (the guide, step 4 item 1 and step 6 item 3): only the expert roles have them. */
const expertRoleSchema = registryRoleSchema.refine(
  (role) => rolesForKind('expert').includes(role),
  'roleOnlyForStaff',
);
export const registrySettingsChangeSchema = z.strictObject({
  version: z.int().positive(),
  rolesRequiringRegistration: uniqueList(expertRoleSchema, 20),
  rolesRequiringTraining: uniqueList(expertRoleSchema, 20),
  norms: registryNormsSchema,
  /** The levels the organisation has (no works council in a small one): the 2030 aim asks for these. */
  levelsPresent: uniqueList(registryLevelSchema, 20, 1),
});
export type RegistrySettingsChange = z.infer<typeof registrySettingsChangeSchema>;

const formationTargetSchema = z.strictObject({
  level: registryLevelSchema,
  phase: registryPhaseSchema,
  /** Null: any role. */
  role: registryRoleSchema.nullable().default(null),
  people: amountOf(formationLimits.people, true),
  fte: amountOf(formationLimits.fte),
});

const budgetLineSchema = z.strictObject({
  source: enumOf(fundingSources),
  label: optionalText(200).default(null),
  amount: amountOf(formationLimits.amount).refine((value) => Number.isInteger(value * 100), 'wholeCents'),
  startsOn: isoDate,
  endsOn: isoDate,
});

/** The whole formatieplan, saved at once with the version last seen (optimistic concurrency). */
export const formationPlanChangeSchema = z
  .strictObject({
    version: z.int().positive(),
    hoursPerFte: z.number().positive().max(formationLimits.hoursPerFte),
    targets: z.array(formationTargetSchema).max(formationLimits.targets),
    budget: z.array(budgetLineSchema).max(formationLimits.budgetLines),
  })
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    plan.targets.forEach((target, index) => {
      const key = `${target.level}|${target.phase}|${target.role ?? ''}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['targets', index, 'role'], message: 'targetDuplicate' });
      seen.add(key);
    });
    plan.budget.forEach((line, index) => {
      if (line.endsOn < line.startsOn)
        ctx.addIssue({ code: 'custom', path: ['budget', index, 'endsOn'], message: 'datesInWrongOrder' });
    });
  });
export type FormationPlanChange = z.infer<typeof formationPlanChangeSchema>;

/** The organisation's size, for the network's fair figures (with the version last seen). */
export const organisationSizeChangeSchema = z.strictObject({
  version: z.int().positive(),
  staffFte: amountOf(organisationSizeLimits.staffFte).nullable(),
  clientsPerYear: amountOf(organisationSizeLimits.clientsPerYear, true).nullable(),
});
export type OrganisationSizeChange = z.infer<typeof organisationSizeChangeSchema>;
