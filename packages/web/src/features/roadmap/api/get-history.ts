import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import type { ItemChangeEntry } from './get-roadmap.ts';

export const historyLimit = 200;

export const getHistory = (orgId: string) =>
  getJson<{ changes: ItemChangeEntry[] }>(`${orgPath(orgId, 'roadmap', 'history')}?limit=${historyLimit}`);

export const historyQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.roadmap.history(orgId),
    queryFn: () => getHistory(orgId).then((body) => body.changes),
    staleTime: 0,
  });

/** The newest changes to all items, newest first. */
export const useHistory = (orgId: string) => useQuery(historyQueryOptions(orgId));
