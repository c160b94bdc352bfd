import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

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
export type WaveGroup = ApiResponse<
  '/api/organisations/{orgId}/waves/{waveId}/groups',
  'get'
>['groups'][number];

export const getGroups = (orgId: string, waveId: string) =>
  getJson<{ groups: WaveGroup[] }>(orgPath(orgId, 'waves', waveId, 'groups'));

export const groupsQueryOptions = (orgId: string, waveId: string) =>
  queryOptions({
    queryKey: queryKeys.measurement.groups(orgId, waveId),
    queryFn: () => getGroups(orgId, waveId).then((body) => body.groups),
    staleTime: 30_000,
  });

/** The groups of one wave, in the order they were declared, with their links and progress. */
export const useGroups = (orgId: string, waveId: string) => useQuery(groupsQueryOptions(orgId, waveId));
