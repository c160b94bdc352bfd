import type { OrgRole } from '@derde-bron/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import type { OpenInvitation } from './get-invitations.ts';

export type CreateInvitationInput = { orgId: string; email: string; role: OrgRole; teamId: string | null };

export const createInvitation = ({ orgId, ...body }: CreateInvitationInput) =>
  sendJson<OpenInvitation & { mail: 'queued' }>('POST', orgPath(orgId, 'invitations'), body);

/** Invites someone by e-mail with a role; the mail is queued (the outbox sends and retries it). */
export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: (_result, { orgId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.invitations(orgId) }),
  });
}
