import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import type { FieldChange, RoadmapItem } from './get-roadmap.ts';

export type Decision = ApiResponse<
  '/api/organisations/{orgId}/roadmap/items/{itemKey}',
  'get'
>['decisions'][number];

export type Evidence = ApiResponse<
  '/api/organisations/{orgId}/roadmap/items/{itemKey}',
  'get'
>['evidence'][number];

export type ItemDetails = {
  item: RoadmapItem;
  history: Array<{ id: string; changedByName: string; changedAt: string; changes: FieldChange[] }>;
  decisions: Decision[];
  evidence: Evidence[];
};

export const getItem = (orgId: string, key: string) =>
  getJson<ItemDetails>(orgPath(orgId, 'roadmap', 'items', key));

export const itemQueryOptions = (orgId: string, key: string) =>
  queryOptions({
    queryKey: queryKeys.roadmap.item(orgId, key),
    queryFn: () => getItem(orgId, key),
    staleTime: 30_000,
  });

/** One item with its history, decisions and evidence. */
export const useItem = (orgId: string, key: string) => useQuery(itemQueryOptions(orgId, key));
