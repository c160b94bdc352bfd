import type { Perspective } from '@derde-bron/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { wavesKey } from './get-waves.ts';

/** An anonymous link of a wave. Its token is shown once, when it is made, and never again. */
export type WaveLink = {
  id: string;
  perspective: Perspective;
  teamId: string | null;
  /** Answers from this perspective and team so far. */
  responseCount: number;
};

export const linksKey = (orgId: string, waveId: string) => [...wavesKey(orgId), waveId, 'links'] as const;

export const getLinks = (orgId: string, waveId: string) =>
  getJson<{ links: WaveLink[] }>(
    `/api/organisations/${encodeURIComponent(orgId)}/waves/${encodeURIComponent(waveId)}/links`,
  );

export const linksQueryOptions = (orgId: string, waveId: string) =>
  queryOptions({
    queryKey: linksKey(orgId, waveId),
    queryFn: () => getLinks(orgId, waveId).then((body) => body.links),
    staleTime: 30_000,
  });

/** The links of one wave, with participation per link. */
export const useLinks = (orgId: string, waveId: string) => useQuery(linksQueryOptions(orgId, waveId));
