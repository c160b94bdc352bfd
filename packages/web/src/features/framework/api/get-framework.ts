import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type FrameworkVersion = ApiResponse<'/api/framework', 'get'>;

export const getFramework = () => getJson<FrameworkVersion>('/api/framework');

export const frameworkQueryOptions = queryOptions({
  queryKey: queryKeys.framework.current,
  queryFn: getFramework,
});

/** The current published framework: the guide's steps, values, phases, roles and activities. */
export const useFramework = () => useQuery(frameworkQueryOptions);
