import type { StepKey } from '../framework/schema.ts';
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

export type StepState = { stepKey: StepKey; progress: StepProgress; stage: MaturityStage };

/** Progress and stage for every step, and the organisation's overall progress and stage. */
export function computeRoadmapMaturity(steps: Array<{ stepKey: StepKey; statuses: ItemStatus[] }>) {
  const stepStates: StepState[] = steps.map(({ stepKey, statuses }) => {
    const progress = computeStepProgress(statuses);
    return { stepKey, progress, stage: computeStepMaturity(progress) };
  });
  const overall = computeStepProgress(steps.flatMap((step) => step.statuses));
  return {
    steps: stepStates,
    overall,
    stage: computeOrganisationMaturity(stepStates.map((step) => step.stage)),
  };
}
