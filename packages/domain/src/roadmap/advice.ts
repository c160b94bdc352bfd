import type { MaturityStage } from './statuses.ts';

/** The three capacity choices of step 3, item 1. */
export const adviceRoles = ['policyOfficer', 'projectLeader', 'coordinator'] as const;
export type AdviceRole = (typeof adviceRoles)[number];

export type AdviceFacts = {
  /** Step 2, item 1 (the vision) is done: a vision on experiential expertise is adopted. */
  visionAdopted: boolean;
  /** At least one decision is recorded in step 2 or 3: choices are made, an assignment formulated. */
  assignmentFormulated: boolean;
  /** Number of steps at "in ontwikkeling" or "geborgd". */
  stepsDeveloped: number;
  /**
   * Experiential expertise is deployed broadly. From the registry once it exists (experts at three
   * or more organisational levels); until then, every applicable step-4 scoping item is done.
   */
  broadDeployment: boolean;
};

export type FactKey = keyof AdviceFacts;
/** "Several steps taken" in the guide's words: three or more steps at least in development. */
export const severalSteps = 3;

export type StepThreeAdvice = {
  role: AdviceRole;
  /** The facts behind the advice, each with whether it holds now. */
  facts: Array<{ key: FactKey; met: boolean }>;
  /** The facts that, once met, would change the advice to the next role (empty at coordinator). */
  toNextRole: FactKey[];
};

/**
 * Step 3's advice on capacity, computed and never typed in (the guide, step 3 item 1):
 * no vision yet → a beleidsmedewerker; choices made and an assignment formulated → a projectleider;
 * several steps taken and expertise deployed broadly → a coördinator.
 */
export function computeStepThreeAdvice(facts: AdviceFacts): StepThreeAdvice {
  const severalStepsTaken = facts.stepsDeveloped >= severalSteps;
  const met: Record<FactKey, boolean> = {
    visionAdopted: facts.visionAdopted,
    assignmentFormulated: facts.assignmentFormulated,
    stepsDeveloped: severalStepsTaken,
    broadDeployment: facts.broadDeployment,
  };
  const list = (keys: FactKey[]) => keys.map((key) => ({ key, met: met[key] }));
  const missing = (keys: FactKey[]) => keys.filter((key) => !met[key]);

  if (met.visionAdopted && met.stepsDeveloped && met.broadDeployment) {
    return {
      role: 'coordinator',
      facts: list(['visionAdopted', 'stepsDeveloped', 'broadDeployment']),
      toNextRole: [],
    };
  }
  if (met.visionAdopted && met.assignmentFormulated) {
    return {
      role: 'projectLeader',
      facts: list(['visionAdopted', 'assignmentFormulated', 'stepsDeveloped', 'broadDeployment']),
      toNextRole: missing(['stepsDeveloped', 'broadDeployment']),
    };
  }
  return {
    role: 'policyOfficer',
    facts: list(['visionAdopted', 'assignmentFormulated']),
    toNextRole: missing(['visionAdopted', 'assignmentFormulated']),
  };
}

/** Whether a stage counts as "developed" for the advice. */
export const isDeveloped = (stage: MaturityStage) => stage === 'developing' || stage === 'embedded';
