import type { Breakdown, Cell } from '@derde-bron/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { type Wave, wavesKey } from './get-waves.ts';

export type SensitiveResult = {
  itemKey: string;
  visible: boolean;
  n?: number;
  counts?: Record<string, number>;
};

/**
 * A closed wave's results with every anonymity rule already applied by the server. A team manager
 * gets no total, no sensitive items and only their own team's group.
 */
export type WaveResultsAnswer = {
  wave: Wave;
  results: {
    breakdown: Breakdown;
    total: Cell | null;
    groups: Array<{ key: string; cell: Cell }>;
    sensitive: SensitiveResult[];
  };
};

export const resultsKey = (orgId: string, waveId: string) => [...wavesKey(orgId), waveId, 'results'] as const;

export const getResults = (orgId: string, waveId: string, breakdown: Breakdown) =>
  getJson<WaveResultsAnswer>(
    `/api/organisations/${encodeURIComponent(orgId)}/waves/${encodeURIComponent(waveId)}/results?breakdown=${breakdown}`,
  );

export const resultsQueryOptions = (orgId: string, waveId: string, breakdown: Breakdown) =>
  queryOptions({
    queryKey: [...resultsKey(orgId, waveId), breakdown],
    queryFn: () => getResults(orgId, waveId, breakdown),
    staleTime: 60_000,
  });

/** Results for one predefined breakdown at a time: none, per team or per perspective. */
export const useResults = (orgId: string, waveId: string, breakdown: Breakdown) =>
  useQuery(resultsQueryOptions(orgId, waveId, breakdown));
