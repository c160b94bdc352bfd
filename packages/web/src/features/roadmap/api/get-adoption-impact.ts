import { useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type AdoptionImpact = ApiResponse<
  '/api/organisations/{orgId}/roadmap/framework-version/{version}/impact',
  'get'
>;

/** What moving the roadmap to `version` changes: records that carry over, new items, the archive. */
export const useAdoptionImpact = (orgId: string, version: number | undefined) =>
  useQuery({
    queryKey: queryKeys.roadmap.adoption(orgId, version ?? 0),
    queryFn: () =>
      getJson<AdoptionImpact>(orgPath(orgId, 'roadmap', 'framework-version', String(version), 'impact')),
    enabled: version !== undefined,
  });
