import type { Locale, ReportVariant } from '@derde-bron/domain';
import { useMutation } from '@tanstack/react-query';
import i18next from 'i18next';
import { ApiError } from '../../../lib/api-client.ts';

export type ReportRequest = { variant: ReportVariant; locale: Locale; year: number | null };

export const reportUrl = (orgId: string, { variant, locale, year }: ReportRequest) =>
  `/api/organisations/${encodeURIComponent(orgId)}/reports/implementation.pdf?${new URLSearchParams({
    variant,
    locale,
    ...(year === null ? {} : { year: String(year) }),
  })}`;

/**
 * Fetches the PDF first, so that "nothing in this period" shows as a message on the page; then
 * hands it to the browser as a download. The file stays in memory only (an object URL, revoked).
 */
async function downloadReport(orgId: string, request: ReportRequest) {
  let res: Response;
  try {
    res = await fetch(reportUrl(orgId, request), {
      credentials: 'same-origin',
      headers: { accept: 'application/pdf', 'accept-language': i18next.language || 'nl' },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', i18next.t('common.networkError'));
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new ApiError(res.status, body.code ?? 'INTERNAL', body.message ?? i18next.t('common.networkError'));
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = `rapportage-${request.variant}.pdf`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export const useDownloadReport = (orgId: string) =>
  useMutation({ mutationFn: (request: ReportRequest) => downloadReport(orgId, request) });
