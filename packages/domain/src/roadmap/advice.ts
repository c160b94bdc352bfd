import type { StepKey } from '../framework/schema.ts';
import type { MaturityStage } from './statuses.ts';

/** The three capacity choices of step 3, item 1. */
export const adviceRoles = ['policyOfficer', 'projectLeader', 'coordinator'] as const;
export type AdviceRole = (typeof adviceRoles)[number];

/**
 * Where a fact behind the advice comes from, so the page can name it and link to it:
 * an item (its status), a recorded decision, the steps that reached a stage, or the registry.
 */
export type FactSource =
  | { kind: 'item'; itemKey: string }
  | { kind: 'decision'; itemKey: string; decisionId: string; decidedOn: string; decision: string }
  | { kind: 'steps'; stepKeys: StepKey[] }
  | { kind: 'registry'; levelsCovered: number };

/** A fact and where it was read. */
export type SourcedFact = { met: boolean; source: FactSource };

export type AdviceFacts = {
  /** Step 2, item 1 (the vision) is done. */
  visionAdopted: SourcedFact;
  /** A decision is recorded in step 2 or 3 (the newest one is the source); none: the two steps. */
  assignmentFormulated: SourcedFact;
  /** The steps at "halverwege" or "op orde". */
  developedSteps: StepKey[];
  /**
   * Experiential expertise is deployed broadly: from the registry once it has experts (three or more
   * levels); until then, every required step-4 item done (the step is the source).
   */
  broadDeployment: SourcedFact;
};

export type FactKey = 'visionAdopted' | 'assignmentFormulated' | 'stepsDeveloped' | 'broadDeployment';
/** "Several steps taken" in the guide's words: three or more steps at least halfway. */
export const severalSteps = 3;

export type AdviceReason = { key: FactKey } & SourcedFact;

export type StepThreeAdvice = {
  role: AdviceRole;
  /** The facts behind the advice, each with whether it holds now and where it was read. */
  facts: AdviceReason[];
  /** The facts that, once met, would change the advice to the next role (empty at coordinator). */
  toNextRole: FactKey[];
};

/**
 * Step 3's advice on capacity, computed and never typed in (the guide, step 3 item 1):
 * no vision yet → a beleidsmedewerker; choices made and an assignment formulated → a projectleider;
 * several steps taken and expertise deployed broadly → a coördinator. Every reason carries the
 * source it was read from, so the page never names a step for a fact the registry gave.
 */
export function computeStepThreeAdvice(facts: AdviceFacts): StepThreeAdvice {
  const reasons: Record<FactKey, AdviceReason> = {
    visionAdopted: { key: 'visionAdopted', ...facts.visionAdopted },
    assignmentFormulated: { key: 'assignmentFormulated', ...facts.assignmentFormulated },
    stepsDeveloped: {
      key: 'stepsDeveloped',
      met: facts.developedSteps.length >= severalSteps,
      source: { kind: 'steps', stepKeys: facts.developedSteps },
    },
    broadDeployment: { key: 'broadDeployment', ...facts.broadDeployment },
  };
  const met = (key: FactKey) => reasons[key].met;
  const list = (keys: FactKey[]) => keys.map((key) => reasons[key]);
  const missing = (keys: FactKey[]) => keys.filter((key) => !met(key));

  if (met('visionAdopted') && met('stepsDeveloped') && met('broadDeployment')) {
    return {
      role: 'coordinator',
      facts: list(['visionAdopted', 'stepsDeveloped', 'broadDeployment']),
      toNextRole: [],
    };
  }
  if (met('visionAdopted') && met('assignmentFormulated')) {
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
