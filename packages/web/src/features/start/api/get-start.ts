import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** The work waiting for the signed-in member; a part their role may not see is null. */
export type StartWork = ApiResponse<'/api/organisations/{orgId}/start', 'get'>;

export const startQueryOptions = (orgId: string, locale: string) =>
  queryOptions({
    // The item titles come in the page's language.
    queryKey: queryKeys.start(orgId, locale),
    queryFn: () => getJson<StartWork>(orgPath(orgId, 'start')),
    staleTime: 0,
  });

export const useStart = (orgId: string) => useQuery(startQueryOptions(orgId, useLocale()));
