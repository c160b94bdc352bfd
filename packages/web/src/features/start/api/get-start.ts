import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { useLocale } from '../../../lib/i18n.ts';

/** The work waiting for the signed-in member; a part their role may not see is null. */
export type StartWork = {
  roadmap: {
    items: Array<{
      itemKey: string;
      stepNumber: number;
      label: string;
      status: string;
      dueDate: string | null;
      overdue: boolean;
      mine: boolean;
    }>;
    goals: Array<{
      id: string;
      title: string;
      stepNumber: number;
      deadline: string | null;
      overdue: boolean;
    }>;
  } | null;
  openWaves: Array<{
    id: string;
    title: string;
    status: 'scheduled' | 'open';
    opensOn: string;
    closesOn: string;
    groups: number;
    groupsWithEnough: number;
  }> | null;
  results: Array<{ id: string; title: string; closesOn: string }> | null;
  signals: { people: number } | null;
  ownRecord: { exists: boolean; signals: number } | null;
  reportsReady: Array<{ id: string; year: number | null; variant: string | null; finishedAt: string }> | null;
  invitationsPending: number | null;
};

export const startQueryOptions = (orgId: string, locale: string) =>
  queryOptions({
    // The item titles come in the page's language.
    queryKey: ['organisation', orgId, 'start', locale],
    queryFn: () => getJson<StartWork>(`/api/organisations/${encodeURIComponent(orgId)}/start`),
    staleTime: 0,
  });

export const useStart = (orgId: string) => useQuery(startQueryOptions(orgId, useLocale()));
