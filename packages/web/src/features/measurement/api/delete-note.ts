import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';

export type DeleteNoteInput = { orgId: string; noteId: string };

export const deleteNote = ({ orgId, noteId }: DeleteNoteInput) =>
  sendJson<null>('DELETE', orgPath(orgId, 'conversation-notes', noteId));

export const useDeleteNote = () =>
  useRefreshingMutation(deleteNote, (queryClient, { orgId }) =>
    queryClient.invalidateQueries({ queryKey: queryKeys.measurement.notes(orgId) }),
  );
