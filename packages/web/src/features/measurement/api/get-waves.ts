import type { Perspective, WaveStatus } from '@derde-bron/domain';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type WaveKind = 'baseline' | 'followUp';

/** A measurement wave as the server describes it (server measurement/waves.ts, `describeWave`). */
export type Wave = {
  id: string;
  title: string;
  kind: WaveKind;
  instrumentVersion: number;
  /** YYYY-MM-DD: the first and the last day answers are taken. */
  opensOn: string;
  closesOn: string;
  status: WaveStatus;
  perspectives: Perspective[];
  /** Fixed when the wave is made; never lower than 5 and 10. */
  thresholds: { minCell: number; minSensitiveCell: number };
  /**
   * While open, how many answered so far (a count only; no scores exist yet). Once published, the
   * published total, or null when the whole wave is under the threshold and its total is hidden.
   */
  responseCount: number | null;
  /** The results were worked out, once, when the wave closed. */
  published: boolean;
};

/** Every measurement query of an organisation starts with this key. */
/** After a change to a wave, its groups or links: counts, progress and statuses may all move. */
export const invalidateWaves = (queryClient: QueryClient, orgId: string) =>
  queryClient.invalidateQueries({ queryKey: queryKeys.measurement.waves(orgId) });

export const getWaves = (orgId: string) => getJson<{ waves: Wave[] }>(orgPath(orgId, 'waves'));

export const wavesQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.measurement.waveList(orgId),
    queryFn: () => getWaves(orgId).then((body) => body.waves),
    staleTime: 30_000,
  });

/** The organisation's waves, oldest first, with participation so far. */
export const useWaves = (orgId: string, enabled = true) => useQuery({ ...wavesQueryOptions(orgId), enabled });
