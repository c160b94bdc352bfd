import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** A note from a team conversation (framework step 1, item 2). */
export type ConversationNote = NotesAnswer['notes'][number];
export type NotesAnswer = ApiResponse<'/api/organisations/{orgId}/conversation-notes', 'get'>;

export const notesQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.measurement.notes(orgId),
    queryFn: () => getJson<NotesAnswer>(orgPath(orgId, 'conversation-notes')),
  });

/** The organisation's notes, newest first, with how often each theme came up. */
export const useNotes = (orgId: string) => useQuery(notesQueryOptions(orgId));
