import {
  broadDeploymentFromRegistry,
  computeRoadmapMaturity,
  computeStepThreeAdvice,
  type FrameworkContent,
  type ItemStatus,
  isDeveloped,
  type RegistryFacts,
  todayIso,
} from '@derde-bron/domain';
import type { RoadmapItemRow } from './repository.ts';

type GoalFacts = { deadline: string | null; status: string };

/**
 * Everything the overview shows, computed from the stored facts: progress and stage per step and
 * for the organisation, the step-3 advice with the facts behind it, and overdue goals.
 */
export function buildOverview<Goal extends GoalFacts>(input: {
  content: FrameworkContent;
  items: RoadmapItemRow[];
  decisionsByStep: Map<string, number>;
  goals: Goal[];
  /** Facts from the registry (issue 6); null or no experts: the roadmap's own items decide. */
  registry?: RegistryFacts | null;
}) {
  const registry = input.registry ?? null;
  const byKey = new Map(input.items.map((item) => [item.itemKey, item]));
  const statusOf = (itemKey: string): ItemStatus => byKey.get(itemKey)?.status ?? 'notStarted';
  const maturity = computeRoadmapMaturity(
    input.content.steps.map((step) => ({
      stepKey: step.key,
      statuses: step.items.map((item) => statusOf(item.key)),
    })),
    registry,
  );
  const scoping = input.content.steps.find((step) => step.key === 'scoping');
  const advice = computeStepThreeAdvice({
    visionAdopted: statusOf('vision') === 'done',
    assignmentFormulated:
      (input.decisionsByStep.get('supportAndVision') ?? 0) + (input.decisionsByStep.get('investment') ?? 0) >
      0,
    stepsDeveloped: maturity.steps.filter((step) => isDeveloped(step.stage)).length,
    // From the registry (experts at three or more levels); with an empty registry: every
    // applicable scoping item done.
    broadDeployment:
      broadDeploymentFromRegistry(registry) ??
      scoping?.items.every((item) => ['done', 'notApplicable'].includes(statusOf(item.key))) ??
      false,
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
    registryFacts: registry && registry.experts > 0 ? registry : null,
    overdueGoals,
  };
}
