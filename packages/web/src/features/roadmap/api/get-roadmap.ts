import type {
  AdviceReason,
  AdviceRole,
  EvidenceCheck,
  FactKey,
  GoalStatus,
  MaturityStage,
  RegistryCheck,
  StepKey,
  StepProgress,
} from '@derde-bron/domain';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** One item of the afwegingskader as the organisation keeps it (server roadmap/schemas.ts). */
export type RoadmapItem = Omit<
  ApiResponse<'/api/organisations/{orgId}/roadmap', 'get'>['steps'][number]['items'][number],
  'stepKey'
> & {
  /** The server's schema says only a string; it is one of the domain's steps. */
  stepKey: StepKey;
};

/** The capacity appointed in step 3, as the server keeps it. */
export type AppointedCapacity = NonNullable<
  ApiResponse<'/api/organisations/{orgId}/roadmap/capacity', 'get'>['capacity']
>;

/** One change to an item: which fields changed, from what to what (raw values, see history-words.ts). */
export type FieldChange = { field: string; from: string | null; to: string | null };

export type ItemChangeEntry = ApiResponse<
  '/api/organisations/{orgId}/roadmap/history',
  'get'
>['changes'][number];

export type RoadmapOverview = {
  frameworkVersion: number;
  stage: MaturityStage;
  overall: StepProgress;
  steps: Array<{
    stepKey: StepKey;
    progress: StepProgress;
    stage: MaturityStage;
    registryChecks: RegistryCheck[];
    evidenceChecks: EvidenceCheck[];
    items: RoadmapItem[];
  }>;
  advice: {
    role: AdviceRole;
    /** Each reason with where it was read (an item, a decision, steps, the registry). */
    facts: AdviceReason[];
    toNextRole: FactKey[];
  };
  capacity: AppointedCapacity | null;
  baselineWaveId: string | null;
  overdueGoals: Array<{
    id: string;
    stepKey: StepKey;
    title: string;
    deadline: string | null;
    status: GoalStatus;
  }>;
  recentChanges: ItemChangeEntry[];
};

/** Every roadmap query of an organisation starts with this key. */
/** After any change: the overview, history and advice are computed from everything, so all may move. */
export const invalidateRoadmap = (queryClient: QueryClient, orgId: string) =>
  queryClient.invalidateQueries({ queryKey: queryKeys.roadmap.all(orgId) });

export const getRoadmap = (orgId: string) => getJson<RoadmapOverview>(orgPath(orgId, 'roadmap'));

export const roadmapQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.roadmap.overview(orgId),
    queryFn: () => getRoadmap(orgId),
    staleTime: 30_000,
  });

/** The six steps with every item, progress and stage, the step-3 advice, overdue goals, recent changes. */
export const useRoadmap = (orgId: string) => useQuery(roadmapQueryOptions(orgId));
