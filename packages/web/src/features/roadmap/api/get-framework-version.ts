import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type FrameworkVersionContent = ApiResponse<'/api/framework/versions/{version}', 'get'>;

export const getFrameworkVersion = (version: number) =>
  getJson<FrameworkVersionContent>(`/api/framework/versions/${encodeURIComponent(version)}`);

export const frameworkVersionQueryOptions = (version: number) =>
  queryOptions({
    queryKey: queryKeys.framework.version(version),
    queryFn: () => getFrameworkVersion(version),
    // A published version never changes.
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The texts of the framework version the organisation's roadmap uses (titles, items, lemniscate). */
export const useFrameworkVersion = (version: number) => useQuery(frameworkVersionQueryOptions(version));
