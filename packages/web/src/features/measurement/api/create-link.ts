import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { invalidateWaves } from './get-waves.ts';

export type CreateLinkInput = { orgId: string; waveId: string; groupId: string };

/** The new shared link with its token: `path` is `/vragenlijst#<token>`. Only this answer ever holds it. */
export type CreatedLink = ApiResponse<'/api/organisations/{orgId}/waves/{waveId}/links', 'post', 201>;

export const createLink = ({ orgId, waveId, groupId }: CreateLinkInput) =>
  sendJson<CreatedLink>('POST', orgPath(orgId, 'waves', waveId, 'links'), { groupId });

/** Makes a shared link for one group of a wave; it takes at most as many answers as the group has people. */
export function useCreateLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLink,
    // The token stays only in the part of the page that shows it: the mutation cache forgets it at once.
    gcTime: 0,
    onSuccess: (_link, { orgId }) => invalidateWaves(queryClient, orgId),
  });
}
