import type { PhaseKey } from '@derde-bron/domain';
import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type CoverageRow = { key: string; byPhase: Record<PhaseKey, number>; total: number };
export type Coverage = {
  levels: CoverageRow[];
  roles: CoverageRow[];
  phaseTotals: Record<PhaseKey, number>;
  people: number;
  aim: {
    levelsCovered: string[];
    levelsMissing: string[];
    phasesCovered: string[];
    phasesMissing: string[];
    gaps: Array<{ level: string; phase: string }>;
    met: boolean;
  };
};

/** Levels × phases and roles × phases (aggregates; every role may read them). */
export const useCoverage = (orgId: string) =>
  useQuery({
    queryKey: queryKeys.registry.coverage(orgId),
    queryFn: () => getJson<Coverage>(orgPath(orgId, 'registry', 'coverage')),
  });
