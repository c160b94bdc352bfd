import type { Breakdown, Cell, WaveResults } from '@derde-bron/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import type { Wave } from './get-waves.ts';

/**
 * A closed wave's results, one breakdown of the one pattern the wave published when it closed
 * (server measurement/results-routes.ts). A team manager gets no total, no sensitive items and
 * only their own team's group.
 */
export type WaveResultsAnswer = {
  wave: Wave;
  results: Omit<WaveResults, 'total'> & { total: Cell | null };
  /** The scale of the deliberate noise on every published sum of scores (0: none). */
  noiseScale: number;
  /** Open answers are shown only from enough responses through e-mail invitations. */
  openAnswersVisible: boolean;
};

export const resultsKey = (orgId: string, waveId: string) =>
  [...queryKeys.measurement.waves(orgId), waveId, 'results'] as const;

export const getResults = (orgId: string, waveId: string, breakdown: Breakdown) =>
  getJson<WaveResultsAnswer>(`${orgPath(orgId, 'waves', waveId, 'results')}?breakdown=${breakdown}`);

export const resultsQueryOptions = (orgId: string, waveId: string, breakdown: Breakdown) =>
  queryOptions({
    queryKey: [...queryKeys.measurement.results(orgId, waveId), breakdown],
    queryFn: () => getResults(orgId, waveId, breakdown),
    staleTime: 60_000,
  });

/** Results for one predefined breakdown at a time: none, per team or per perspective. */
export const useResults = (orgId: string, waveId: string, breakdown: Breakdown) =>
  useQuery(resultsQueryOptions(orgId, waveId, breakdown));
