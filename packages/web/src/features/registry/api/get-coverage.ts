import type { PhaseKey } from '@derde-bron/domain';
import { useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type CoverageRow = { key: string; byPhase: Record<PhaseKey, number>; total: number };
export type Coverage = ApiResponse<'/api/organisations/{orgId}/registry/coverage', 'get'>;

/** Levels × phases and roles × phases (aggregates; every role may read them). */
export const useCoverage = (orgId: string) =>
  useQuery({
    queryKey: queryKeys.registry.coverage(orgId),
    queryFn: () => getJson<Coverage>(orgPath(orgId, 'registry', 'coverage')),
  });
