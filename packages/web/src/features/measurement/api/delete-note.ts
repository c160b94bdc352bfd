import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { notesKey } from './get-notes.ts';

export type DeleteNoteInput = { orgId: string; noteId: string };

export const deleteNote = ({ orgId, noteId }: DeleteNoteInput) =>
  sendJson<null>(
    'DELETE',
    `/api/organisations/${encodeURIComponent(orgId)}/conversation-notes/${encodeURIComponent(noteId)}`,
  );

export function useDeleteNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteNote,
    onSettled: (_answer, _error, { orgId }) => queryClient.invalidateQueries({ queryKey: notesKey(orgId) }),
  });
}
