import type { StepKey } from '../framework/schema.ts';
import type { RegistryFacts } from '../registry/facts.ts';
import { type ItemStatus, type MaturityStage, maturityStages } from './statuses.ts';

export type StepProgress = {
  /** Items that count: all but those marked not applicable. */
  applicable: number;
  done: number;
  inProgress: number;
  /** Whole percent of applicable items done; 100 when nothing applies. */
  percent: number;
};

export function computeStepProgress(statuses: ItemStatus[]): StepProgress {
  const applicable = statuses.filter((s) => s !== 'notApplicable').length;
  const done = statuses.filter((s) => s === 'done').length;
  const inProgress = statuses.filter((s) => s === 'inProgress').length;
  return {
    applicable,
    done,
    inProgress,
    percent: applicable === 0 ? 100 : Math.round((done / applicable) * 100),
  };
}

/**
 * The maturity rules, in one place (the page explains them in these words):
 * - niet gestart: no applicable item is in progress or done;
 * - verkennend: work has started, but less than half of the applicable items are done;
 * - in ontwikkeling: at least half are done, not all;
 * - geborgd: every applicable item is done (a step whose items are all marked not applicable too,
 *   since that is a decision taken with a reason).
 */
export function computeStepMaturity(progress: StepProgress): MaturityStage {
  if (progress.applicable === 0 || progress.done === progress.applicable) return 'embedded';
  if (progress.done * 2 >= progress.applicable) return 'developing';
  if (progress.done + progress.inProgress > 0) return 'exploring';
  return 'notStarted';
}

/** How many of the six steps must have reached a stage for the organisation to be at it. */
export const stepsNeededForOrganisationStage = 4;

/**
 * The organisation's stage: the highest stage that at least four of the six steps have reached.
 * Two lagging steps do not pull the whole organisation down; three do.
 */
export function computeOrganisationMaturity(stepStages: MaturityStage[]): MaturityStage {
  const rank = (stage: MaturityStage) => maturityStages.indexOf(stage);
  const sorted = [...stepStages].sort((a, b) => rank(b) - rank(a));
  return sorted[stepsNeededForOrganisationStage - 1] ?? 'notStarted';
}

/**
 * What the registry must show before steps 4–6 count as geborgd (embedded): items marked done are
 * a claim, the registry is the evidence. Without people in the registry the checks do not apply.
 */
export const registryCheckKeys = [
  'tasksRecorded',
  'reflection',
  'recognisedTraining',
  'structuralFunding',
  'registration',
] as const;
export type RegistryCheckKey = (typeof registryCheckKeys)[number];

export const registryChecksByStep: Partial<Record<StepKey, readonly RegistryCheckKey[]>> = {
  scoping: ['tasksRecorded'],
  professionalDevelopment: ['reflection', 'recognisedTraining'],
  embedding: ['structuralFunding', 'registration'],
};

/** The thresholds, in whole percents of the experts (see RegistryFacts). */
export const registryThresholds = {
  /** Step 4: every expert has a role and a core task recorded. */
  tasksRecorded: 100,
  /** Step 5: three in four experts had intervisie or supervisie in the last three months. */
  reflection: 75,
  /** Step 5: three in four experts have a recognised training. */
  recognisedTraining: 75,
  /** Step 6: more than half of the funded people are funded structurally. */
  structuralFunding: 51,
} as const;

export function registryCheckMet(key: RegistryCheckKey, facts: RegistryFacts): boolean {
  const atLeast = (value: number | null, threshold: number) => value !== null && value >= threshold;
  switch (key) {
    case 'tasksRecorded':
      return atLeast(facts.tasksRecordedShare, registryThresholds.tasksRecorded);
    case 'reflection':
      return atLeast(facts.reflectionShare, registryThresholds.reflection);
    case 'recognisedTraining':
      return atLeast(facts.recognisedTrainingShare, registryThresholds.recognisedTraining);
    case 'structuralFunding':
      return atLeast(facts.structuralShare, registryThresholds.structuralFunding);
    case 'registration':
      return facts.missingRequiredRegistrations === 0;
  }
}

export type RegistryCheck = { key: RegistryCheckKey; met: boolean };

export type StepState = {
  stepKey: StepKey;
  progress: StepProgress;
  stage: MaturityStage;
  /** The registry's evidence for this step; empty when the step has none or the registry is empty. */
  registryChecks: RegistryCheck[];
};

/**
 * Progress and stage for every step, and the organisation's overall progress and stage. With
 * registry facts (people in the registry), a step 4–6 whose items are all done stays
 * "in ontwikkeling" until the registry shows what those items promise.
 */
export function computeRoadmapMaturity(
  steps: Array<{ stepKey: StepKey; statuses: ItemStatus[] }>,
  registry: RegistryFacts | null = null,
) {
  const stepStates: StepState[] = steps.map(({ stepKey, statuses }) => {
    const progress = computeStepProgress(statuses);
    const registryChecks =
      registry && registry.experts > 0
        ? (registryChecksByStep[stepKey] ?? []).map((key) => ({ key, met: registryCheckMet(key, registry) }))
        : [];
    const stage = computeStepMaturity(progress);
    const capped = stage === 'embedded' && registryChecks.some((check) => !check.met) ? 'developing' : stage;
    return { stepKey, progress, stage: capped, registryChecks };
  });
  const overall = computeStepProgress(steps.flatMap((step) => step.statuses));
  return {
    steps: stepStates,
    overall,
    stage: computeOrganisationMaturity(stepStates.map((step) => step.stage)),
  };
}
