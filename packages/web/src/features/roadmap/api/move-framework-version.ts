import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson, sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import { invalidateRoadmap } from './get-roadmap.ts';

type VersionList = ApiResponse<'/api/framework/versions', 'get'>;

export const publishedVersionsQueryOptions = queryOptions({
  queryKey: queryKeys.framework.versions,
  queryFn: () => getJson<VersionList>('/api/framework/versions'),
});

/** The published framework versions, newest first. */
export const usePublishedVersions = () => useQuery(publishedVersionsQueryOptions);

export const moveFrameworkVersion = ({ orgId, version }: { orgId: string; version: number }) =>
  sendJson<ApiResponse<'/api/organisations/{orgId}/roadmap/framework-version', 'post'>>(
    'POST',
    orgPath(orgId, 'roadmap', 'framework-version'),
    { version },
  );

/** Moves the roadmap to a newer version: kept items keep their data, new ones start empty. */
export const useMoveFrameworkVersion = () =>
  useRefreshingMutation(moveFrameworkVersion, (queryClient, { orgId }) =>
    invalidateRoadmap(queryClient, orgId),
  );
