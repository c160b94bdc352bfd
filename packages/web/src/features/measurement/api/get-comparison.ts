import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type ComparisonRow = {
  scaleKey: string;
  baseline: number | null;
  later: number | null;
  /** later − baseline, one decimal; null when either mean is hidden or missing. */
  difference: number | null;
};

export type Comparison = { baseline: { id: string; title: string }; rows: ComparisonRow[] };

export const getComparison = (orgId: string, waveId: string) =>
  getJson<Comparison>(orgPath(orgId, 'waves', waveId, 'comparison'));

export const comparisonQueryOptions = (orgId: string, waveId: string) =>
  queryOptions({
    queryKey: [...queryKeys.measurement.results(orgId, waveId), 'comparison'],
    queryFn: () => getComparison(orgId, waveId),
    staleTime: 60_000,
  });

/** The whole organisation's means against the 0-meting. A 404 means there is no closed 0-meting yet. */
export const useComparison = (orgId: string, waveId: string, enabled: boolean) =>
  useQuery({ ...comparisonQueryOptions(orgId, waveId), enabled });
