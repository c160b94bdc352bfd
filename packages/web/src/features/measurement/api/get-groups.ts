import type { Perspective } from '@derde-bron/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { wavesKey } from './get-waves.ts';

/**
 * How far a group is, said so that nobody learns how few answered: enough for results, or how many
 * more answers the results need; once the wave is closed, nothing per group.
 */
export type GroupProgress = { state: 'enough' } | { state: 'needed'; needed: number } | { state: 'closed' };

/**
 * A group of a wave: one team (or none) in one perspective, with the number of people declared
 * once for it (server measurement/groups.ts, `listGroups`). Its shared links are listed without
 * their tokens, which are shown only when made.
 */
export type WaveGroup = {
  id: string;
  teamId: string | null;
  /** The team's current name; null for a group without a team (or a team since removed). */
  teamName: string | null;
  perspective: Perspective;
  headcount: number;
  progress: GroupProgress;
  links: Array<{ id: string; createdAt: string }>;
  invitationsSent: number;
};

export const groupsKey = (orgId: string, waveId: string) => [...wavesKey(orgId), waveId, 'groups'] as const;

export const getGroups = (orgId: string, waveId: string) =>
  getJson<{ groups: WaveGroup[] }>(
    `/api/organisations/${encodeURIComponent(orgId)}/waves/${encodeURIComponent(waveId)}/groups`,
  );

export const groupsQueryOptions = (orgId: string, waveId: string) =>
  queryOptions({
    queryKey: groupsKey(orgId, waveId),
    queryFn: () => getGroups(orgId, waveId).then((body) => body.groups),
    staleTime: 30_000,
  });

/** The groups of one wave, in the order they were declared, with their links and progress. */
export const useGroups = (orgId: string, waveId: string) => useQuery(groupsQueryOptions(orgId, waveId));
