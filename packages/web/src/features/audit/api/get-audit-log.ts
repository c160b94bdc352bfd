import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';

export type AuditEntry = {
  id: string;
  action: string;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, string | number | boolean | null>;
  at: string;
};

export const auditLogLimit = 100;

export const getAuditLog = (orgId: string) =>
  getJson<{ entries: AuditEntry[] }>(
    `/api/organisations/${encodeURIComponent(orgId)}/audit-log?limit=${auditLogLimit}`,
  );

export const auditLogQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: ['organisations', orgId, 'audit-log'],
    queryFn: () => getAuditLog(orgId).then((body) => body.entries),
    staleTime: 0,
  });

/** The newest entries of the organisation's log, newest first (org_admin). */
export const useAuditLog = (orgId: string) => useQuery(auditLogQueryOptions(orgId));
