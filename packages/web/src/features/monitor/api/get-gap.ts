import { useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type MonitorGap = ApiResponse<'/api/organisations/{orgId}/monitor/gap', 'get'>;

/** The team's step scores beside what staff said (only org_admin and coordinator may read it). */
export const useGap = (orgId: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.monitor.gap(orgId),
    queryFn: () => getJson<MonitorGap>(orgPath(orgId, 'monitor', 'gap')),
    enabled,
  });
