import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type AuditEntry = ApiResponse<'/api/organisations/{orgId}/audit-log', 'get'>['entries'][number];

/** Entries per page; the page offers the next (older) ones. */
export const auditLogPageSize = 100;

/** What the log is narrowed to: one kind of action, and days (YYYY-MM-DD, `to` included). */
export type AuditFilter = { action: string; from: string; to: string };

export const getAuditLogPage = (orgId: string, filter: AuditFilter, before: string | null) => {
  const query = new URLSearchParams({ limit: String(auditLogPageSize) });
  if (before) query.set('before', before);
  if (filter.action) query.set('action', filter.action);
  if (filter.from) query.set('from', filter.from);
  if (filter.to) query.set('to', filter.to);
  return getJson<{ entries: AuditEntry[]; next: string | null }>(`${orgPath(orgId, 'audit-log')}?${query}`);
};

export const auditLogQueryOptions = (orgId: string, filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: queryKeys.auditLog(orgId, filter),
    queryFn: ({ pageParam }) => getAuditLogPage(orgId, filter, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
    staleTime: 0,
  });

/** The organisation's log, newest first, a page at a time (org_admin). */
export const useAuditLog = (orgId: string, filter: AuditFilter) =>
  useInfiniteQuery(auditLogQueryOptions(orgId, filter));
