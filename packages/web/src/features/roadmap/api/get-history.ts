import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { type ItemChangeEntry, roadmapKey } from './get-roadmap.ts';

export const historyLimit = 200;

export const getHistory = (orgId: string) =>
  getJson<{ changes: ItemChangeEntry[] }>(
    `/api/organisations/${encodeURIComponent(orgId)}/roadmap/history?limit=${historyLimit}`,
  );

export const historyQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...roadmapKey(orgId), 'history'],
    queryFn: () => getHistory(orgId).then((body) => body.changes),
    staleTime: 0,
  });

/** The newest changes to all items, newest first. */
export const useHistory = (orgId: string) => useQuery(historyQueryOptions(orgId));
