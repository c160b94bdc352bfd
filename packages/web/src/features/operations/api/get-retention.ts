import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';

/** Days data is kept after it stopped being of use (server: modules/operations/retention-routes.ts). */
export type Retention = { answers: number; endedRegistryPeople: number; reports: number; auditLog: number };

export const retentionQueryOptions = queryOptions({
  queryKey: ['retention'],
  queryFn: () => getJson<Retention>('/api/retention'),
  staleTime: Number.POSITIVE_INFINITY,
});

/** The server's retention config; undefined while it loads (the pages then say nothing about it). */
export const useRetention = () => useQuery(retentionQueryOptions).data;
