import type { JournalKeyMaterial } from '@derde-bron/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson, sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type JournalState = ApiResponse<'/api/organisations/{orgId}/journal', 'get'>;
export type StoredJournal = NonNullable<JournalState['journal']>;
export type SealedEntry = ApiResponse<'/api/organisations/{orgId}/journal/entries', 'get'>['entries'][number];

// The journal's answers are ciphertext; still, nothing of it stays in the cache once the page is left.
const forgetOnLeave = { gcTime: 0, staleTime: 0 } as const;

export const useJournal = (orgId: string) =>
  useQuery(
    queryOptions({
      queryKey: queryKeys.journal.keys(orgId),
      queryFn: () => getJson<JournalState>(orgPath(orgId, 'journal')),
      ...forgetOnLeave,
    }),
  );

export const useJournalEntries = (orgId: string, enabled: boolean) =>
  useQuery(
    queryOptions({
      queryKey: queryKeys.journal.entries(orgId),
      queryFn: async () =>
        (await getJson<{ entries: SealedEntry[] }>(orgPath(orgId, 'journal', 'entries'))).entries,
      enabled,
      ...forgetOnLeave,
    }),
  );

function useJournalMutation<TInput extends { orgId: string }, TData>(
  send: (input: TInput) => Promise<TData>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: (_d, _e, { orgId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.journal.all(orgId) }),
  });
}

export const useSetUpJournal = () =>
  useJournalMutation(({ orgId, material }: { orgId: string; material: JournalKeyMaterial }) =>
    sendJson<JournalState>('POST', orgPath(orgId, 'journal'), material),
  );

export const useChangeJournalKeys = () =>
  useJournalMutation(
    ({ orgId, material, version }: { orgId: string; material: JournalKeyMaterial; version: number }) =>
      sendJson<JournalState>('PUT', orgPath(orgId, 'journal', 'keys'), { ...material, version }),
  );

export const useWriteEntry = () =>
  useJournalMutation(({ orgId, sealed }: { orgId: string; sealed: string }) =>
    sendJson<SealedEntry>('POST', orgPath(orgId, 'journal', 'entries'), { sealed }),
  );

export const useDeleteEntry = () =>
  useJournalMutation(({ orgId, entryId }: { orgId: string; entryId: string }) =>
    sendJson<null>('DELETE', orgPath(orgId, 'journal', 'entries', entryId)),
  );
