import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import type { ConversationNote } from './get-notes.ts';

export type NoteFields = { heldOn: string; teamId: string | null; summary: string; themes: string[] };
/** A new note, or a change to one: then with the version it started from. */
export type SaveNoteInput = { orgId: string; noteId?: string; version?: number; note: NoteFields };

export const saveNote = ({ orgId, noteId, version, note }: SaveNoteInput) => {
  const base = orgPath(orgId, 'conversation-notes');
  return noteId
    ? sendJson<ConversationNote>('PATCH', `${base}/${encodeURIComponent(noteId)}`, { ...note, version })
    : sendJson<ConversationNote>('POST', base, note);
};

/** Saves a note; a change made on an old version is refused (409) with the note as it is now. */
export const useSaveNote = () =>
  useRefreshingMutation(saveNote, (queryClient, { orgId }) =>
    queryClient.invalidateQueries({ queryKey: queryKeys.measurement.notes(orgId) }),
  );
