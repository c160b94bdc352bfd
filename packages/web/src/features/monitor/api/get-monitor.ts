import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type MonitorOverview = ApiResponse<'/api/organisations/{orgId}/monitor', 'get'>;
export type MonitorRound = MonitorOverview['rounds'][number];
export type TeamMember = MonitorOverview['team'][number];
export type StepComparison = NonNullable<MonitorOverview['comparison']>['steps'][number];

export const monitorQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.monitor.overview(orgId),
    queryFn: () => getJson<MonitorOverview>(orgPath(orgId, 'monitor')),
    staleTime: 30_000,
  });

/** The implementation team, the rounds, and the latest cycle's begin against end. */
export const useMonitor = (orgId: string) => useQuery(monitorQueryOptions(orgId));

/** After any change to the monitor: its pages, and the goals it may have reviewed. */
export const invalidateMonitor = (queryClient: QueryClient, orgId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.monitor.all(orgId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.roadmap.all(orgId) }),
  ]);
