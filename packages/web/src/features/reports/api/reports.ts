import type { Locale, ReportVariant } from '@derde-bron/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson, sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** A report asked for; the server's job queue makes it, then it can be downloaded for a few days. */
export type Report = ApiResponse<'/api/organisations/{orgId}/reports', 'get'>['reports'][number];

/** An organisation's implementation reports, or the association's network reports. */
export type ReportScope = { orgId: string } | 'network';

const basePath = (scope: ReportScope) =>
  scope === 'network' ? '/api/network/reports' : orgPath(scope.orgId, 'reports');
const reportsKey = (scope: ReportScope) =>
  scope === 'network' ? queryKeys.network.reports : queryKeys.reports(scope.orgId);

export const reportPdfUrl = (scope: ReportScope, reportId: string) =>
  `${basePath(scope)}/${encodeURIComponent(reportId)}/pdf`;

/** The reports asked for lately; asked again every second while one is still being made. */
export const useReports = (scope: ReportScope) =>
  useQuery({
    queryKey: reportsKey(scope),
    queryFn: () => getJson<{ reports: Report[] }>(basePath(scope)),
    refetchInterval: (query) =>
      query.state.data?.reports.some((report) => report.status === 'queued') ? 1000 : false,
  });

export type ReportRequest = { variant: ReportVariant; locale: Locale; year: number | null };

/** Asks for a report (an implementation report, or with only a language the network report). */
export function useAskReport(scope: ReportScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportRequest | { locale: Locale }) => sendJson<Report>('POST', basePath(scope), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportsKey(scope) }),
  });
}
