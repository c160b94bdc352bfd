import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson, sendJson } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type UndeliveredMail = ApiResponse<'/api/mail/undelivered', 'get'>['mail'][number];

export const undeliveredMailQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.mail.undelivered,
    queryFn: () => getJson<{ mail: UndeliveredMail[] }>('/api/mail/undelivered').then((body) => body.mail),
    staleTime: 30_000,
    retry: false,
  });

/** Mail this person sent that has not arrived (yet): nothing is lost without them knowing. */
export const useUndeliveredMail = () => useQuery(undeliveredMailQueryOptions());

export function useDismissMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => sendJson<null>('DELETE', `/api/mail/undelivered/${encodeURIComponent(id)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.mail.undelivered }),
  });
}

/** After queueing mail: look again, so a notice shows up without a reload. */
export const invalidateUndeliveredMail = (queryClient: ReturnType<typeof useQueryClient>) =>
  queryClient.invalidateQueries({ queryKey: queryKeys.mail.undelivered });
