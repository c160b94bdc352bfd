import {
  broadDeploymentFromRegistry,
  type Capacity,
  computeRoadmapMaturity,
  computeStepThreeAdvice,
  type FrameworkContent,
  type ItemStatus,
  isDeveloped,
  type MaturityEvidence,
  maturityStepsOf,
  noEvidence,
  type RegistryFacts,
  type SourcedFact,
  todayIso,
} from '@derde-bron/domain';
import type { RoadmapItemRow } from './repository.ts';

type GoalFacts = { deadline: string | null; status: string };
type Decision = { id: string; itemKey: string; decidedOn: string; decision: string };

/** The steps whose decisions count as "keuzes gemaakt" for the advice (the guide, step 3 item 1). */
export const adviceDecisionSteps = ['supportAndVision', 'investment'] as const;

/**
 * Everything the overview shows, computed from the stored facts: progress and stage per step and
 * for the organisation, the step-3 advice with the facts behind it (each with its source), the
 * appointed capacity to set it against, and overdue goals.
 */
export function buildOverview<Goal extends GoalFacts, Appointed extends Capacity = Capacity>(input: {
  content: FrameworkContent;
  items: RoadmapItemRow[];
  /** The newest decision in step 2 or 3, or null. */
  latestDecision: Decision | null;
  goals: Goal[];
  /** Facts from the registry (issue 6); null or no experts: the roadmap's own items decide. */
  registry?: RegistryFacts | null;
  /** Evidence for steps 1–3; none given: no step 1–3 is "op orde". */
  evidence?: MaturityEvidence;
  baselineWaveId?: string | null;
  capacity?: Appointed | null;
}) {
  const registry = input.registry ?? null;
  const evidence = input.evidence ?? noEvidence;
  const byKey = new Map(input.items.map((item) => [item.itemKey, item]));
  const statusOf = (itemKey: string): ItemStatus => byKey.get(itemKey)?.status ?? 'notStarted';
  const maturity = computeRoadmapMaturity(maturityStepsOf(input.content, statusOf), registry, evidence);
  const scoping = maturity.steps.find((step) => step.stepKey === 'scoping');
  const fromRegistry = broadDeploymentFromRegistry(registry);
  const broadDeployment: SourcedFact =
    fromRegistry !== null && registry
      ? { met: fromRegistry, source: { kind: 'registry', levelsCovered: registry.levelsCovered } }
      : // With an empty registry: every required step-4 item done.
        {
          met: scoping !== undefined && scoping.progress.requiredDone === scoping.progress.required,
          source: { kind: 'steps', stepKeys: ['scoping'] },
        };
  const advice = computeStepThreeAdvice({
    visionAdopted: { met: statusOf('vision') === 'done', source: { kind: 'item', itemKey: 'vision' } },
    assignmentFormulated: input.latestDecision
      ? {
          met: true,
          source: {
            kind: 'decision',
            itemKey: input.latestDecision.itemKey,
            decisionId: input.latestDecision.id,
            decidedOn: input.latestDecision.decidedOn,
            decision: input.latestDecision.decision,
          },
        }
      : { met: false, source: { kind: 'steps', stepKeys: [...adviceDecisionSteps] } },
    developedSteps: maturity.steps.filter((step) => isDeveloped(step.stage)).map((step) => step.stepKey),
    broadDeployment,
  });
  const overdueGoals = input.goals.filter(
    (goal) => goal.status !== 'done' && goal.deadline !== null && goal.deadline < todayIso(),
  );
  return {
    stage: maturity.stage,
    overall: maturity.overall,
    steps: maturity.steps.map((step) => ({
      ...step,
      items:
        input.content.steps
          .find((s) => s.key === step.stepKey)
          ?.items.map((item) => byKey.get(item.key))
          .filter((item): item is RoadmapItemRow => item !== undefined) ?? [],
    })),
    advice,
    capacity: input.capacity ?? null,
    baselineWaveId: input.baselineWaveId ?? null,
    registryFacts: registry && registry.experts > 0 ? registry : null,
    overdueGoals,
  };
}
