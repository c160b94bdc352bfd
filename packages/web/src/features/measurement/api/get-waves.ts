import type { Perspective } from '@derde-bron/domain';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type WaveKind = 'baseline' | 'followUp';

/** A measurement wave as the server describes it (server measurement/waves.ts, `describeWave`). */
export type Wave = Omit<
  ApiResponse<'/api/organisations/{orgId}/waves', 'get'>['waves'][number],
  'perspectives'
> & {
  /** The server's schema says only strings; they are the domain's perspectives. */
  perspectives: Perspective[];
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
