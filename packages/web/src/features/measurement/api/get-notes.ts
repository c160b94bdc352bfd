import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** A note from a team conversation (framework step 1, item 2). */
export type ConversationNote = {
  id: string;
  heldOn: string;
  teamId: string | null;
  waveId: string | null;
  summary: string;
  themes: string[];
  version: number;
  updatedAt: string;
};
export type NotesAnswer = { notes: ConversationNote[]; themes: Array<{ theme: string; notes: number }> };

export const notesQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.measurement.notes(orgId),
    queryFn: () => getJson<NotesAnswer>(orgPath(orgId, 'conversation-notes')),
  });

/** The organisation's notes, newest first, with how often each theme came up. */
export const useNotes = (orgId: string) => useQuery(notesQueryOptions(orgId));
