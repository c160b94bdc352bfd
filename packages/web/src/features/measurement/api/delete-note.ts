import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type DeleteNoteInput = { orgId: string; noteId: string };

export const deleteNote = ({ orgId, noteId }: DeleteNoteInput) =>
  sendJson<null>('DELETE', orgPath(orgId, 'conversation-notes', noteId));

export function useDeleteNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteNote,
    onSettled: (_answer, _error, { orgId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.measurement.notes(orgId) }),
  });
}
