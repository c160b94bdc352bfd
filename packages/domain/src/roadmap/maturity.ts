import type { StepKey } from '../framework/schema.ts';
import type { RegistryFacts } from '../registry/facts.ts';
import { type ItemStatus, type MaturityStage, maturityStages } from './statuses.ts';

/** One item as the maturity rules see it: its status, and whether the guide words it as optional. */
export type MaturityItem = { status: ItemStatus; optional: boolean };

export type StepProgress = {
  /** Items that count for progress: all but optional items marked not applicable. */
  applicable: number;
  done: number;
  inProgress: number;
  /** Whole percent of applicable items done; 0 when nothing applies. */
  percent: number;
  /** The required items: only they decide the stage. */
  required: number;
  requiredDone: number;
  requiredInProgress: number;
};

/**
 * Progress of a step. "Niet van toepassing" is a choice only for optional items; on a required item
 * (older data, from before the server refused it) it counts as not done.
 */
export function computeStepProgress(items: readonly MaturityItem[]): StepProgress {
  const applicable = items.filter((item) => !(item.optional && item.status === 'notApplicable'));
  const required = items.filter((item) => !item.optional);
  const count = (list: readonly MaturityItem[], status: ItemStatus) =>
    list.filter((item) => item.status === status).length;
  const done = count(applicable, 'done');
  return {
    applicable: applicable.length,
    done,
    inProgress: count(applicable, 'inProgress'),
    percent: applicable.length === 0 ? 0 : Math.round((done / applicable.length) * 100),
    required: required.length,
    requiredDone: count(required, 'done'),
    requiredInProgress: count(required, 'inProgress'),
  };
}

/**
 * The stage rules, in one place (the page explains them in these words). Only the required items
 * count, so marking an optional item "niet van toepassing" cannot move the stage, and marking a
 * required one so counts as not done:
 * - niet begonnen: no required item is in progress or done;
 * - begonnen: work has started, but less than half of the required items are done;
 * - halverwege: at least half are done, not all (or all, with evidence still missing);
 * - op orde: every required item is done and the evidence the guide asks for is there.
 * A step without required items (none in version 1; the content schema forbids it) stays at
 * "niet begonnen": nothing applicable is never "op orde".
 */
export function computeStepMaturity(progress: StepProgress, evidenceMet = true): MaturityStage {
  const { required, requiredDone, requiredInProgress } = progress;
  if (required === 0) return 'notStarted';
  if (requiredDone === required) return evidenceMet ? 'embedded' : 'developing';
  if (requiredDone * 2 >= required) return 'developing';
  if (requiredDone + requiredInProgress > 0) return 'exploring';
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

/**
 * The evidence the guide asks for in steps 1–3, recorded elsewhere in the product: a 0-meting
 * (step 1 item 2: a closed 0-meting wave, or a report of a qualitative one as evidence on the item),
 * the vision document (step 2 item 1: evidence on the item), the appointed capacity (step 3 item 1).
 * Unlike the registry checks these always apply: without them a step is at most "halverwege".
 */
export const evidenceCheckKeys = ['zeroMeasurement', 'visionDocument', 'capacityAppointed'] as const;
export type EvidenceCheckKey = (typeof evidenceCheckKeys)[number];

export const evidenceChecksByStep: Partial<Record<StepKey, readonly EvidenceCheckKey[]>> = {
  exploration: ['zeroMeasurement'],
  supportAndVision: ['visionDocument'],
  investment: ['capacityAppointed'],
};

/** Where each evidence check's fact lives: the item it belongs to. */
export const evidenceCheckItem: Record<EvidenceCheckKey, string> = {
  zeroMeasurement: 'baselineMeasurement',
  visionDocument: 'vision',
  capacityAppointed: 'capacity',
};

/** The recorded facts the evidence checks read. */
export type MaturityEvidence = {
  /** A 0-meting wave of the measurement module has closed. */
  baselineWaveClosed: boolean;
  /** Item keys with at least one piece of evidence (file or link). */
  itemsWithEvidence: ReadonlySet<string>;
  /** A capacity is appointed in step 3 and has not ended. */
  capacityAppointed: boolean;
};

export const noEvidence: MaturityEvidence = {
  baselineWaveClosed: false,
  itemsWithEvidence: new Set(),
  capacityAppointed: false,
};

export function evidenceCheckMet(key: EvidenceCheckKey, evidence: MaturityEvidence): boolean {
  switch (key) {
    case 'zeroMeasurement':
      return evidence.baselineWaveClosed || evidence.itemsWithEvidence.has(evidenceCheckItem.zeroMeasurement);
    case 'visionDocument':
      return evidence.itemsWithEvidence.has(evidenceCheckItem.visionDocument);
    case 'capacityAppointed':
      return evidence.capacityAppointed;
  }
}

export type EvidenceCheck = { key: EvidenceCheckKey; met: boolean };

export type StepState = {
  stepKey: StepKey;
  progress: StepProgress;
  stage: MaturityStage;
  /** The registry's evidence for this step; empty when the step has none or the registry is empty. */
  registryChecks: RegistryCheck[];
  /** The evidence steps 1–3 need for "op orde"; empty for the other steps. */
  evidenceChecks: EvidenceCheck[];
};

/**
 * Progress and stage for every step, and the organisation's overall progress and stage. A step whose
 * required items are all done is "op orde" only when its evidence is there: steps 1–3 from the
 * recorded facts (`evidence`), steps 4–6 from the registry once it has experts. Without evidence a
 * claim of "done" stays "halverwege".
 */
export function computeRoadmapMaturity(
  steps: ReadonlyArray<{ stepKey: StepKey; items: readonly MaturityItem[] }>,
  registry: RegistryFacts | null = null,
  evidence: MaturityEvidence = noEvidence,
) {
  const stepStates: StepState[] = steps.map(({ stepKey, items }) => {
    const progress = computeStepProgress(items);
    const registryChecks =
      registry && registry.experts > 0
        ? (registryChecksByStep[stepKey] ?? []).map((key) => ({ key, met: registryCheckMet(key, registry) }))
        : [];
    const evidenceChecks = (evidenceChecksByStep[stepKey] ?? []).map((key) => ({
      key,
      met: evidenceCheckMet(key, evidence),
    }));
    const evidenceMet = [...registryChecks, ...evidenceChecks].every((check) => check.met);
    return {
      stepKey,
      progress,
      stage: computeStepMaturity(progress, evidenceMet),
      registryChecks,
      evidenceChecks,
    };
  });
  const overall = computeStepProgress(steps.flatMap((step) => step.items));
  return {
    steps: stepStates,
    overall,
    stage: computeOrganisationMaturity(stepStates.map((step) => step.stage)),
  };
}

/** The steps of a framework version as the maturity rules need them, with each item's status. */
export function maturityStepsOf(
  content: { steps: ReadonlyArray<{ key: StepKey; items: ReadonlyArray<{ key: string; optional?: true }> }> },
  statusOf: (itemKey: string) => ItemStatus,
) {
  return content.steps.map((step) => ({
    stepKey: step.key,
    items: step.items.map((item) => ({ status: statusOf(item.key), optional: item.optional === true })),
  }));
}

/** Whether the guide words an item as optional: only then may it be marked "niet van toepassing". */
export const isOptionalItem = (
  content: { steps: ReadonlyArray<{ items: ReadonlyArray<{ key: string; optional?: true }> }> },
  itemKey: string,
) => content.steps.some((step) => step.items.some((item) => item.key === itemKey && item.optional === true));
