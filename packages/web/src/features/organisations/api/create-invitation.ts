import type { OrgRole } from '@derde-bron/domain';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import type { OpenInvitation } from './get-invitations.ts';

export type CreateInvitationInput = { orgId: string; email: string; role: OrgRole; teamId: string | null };

export const createInvitation = ({ orgId, ...body }: CreateInvitationInput) =>
  sendJson<OpenInvitation & { mail: 'queued' }>('POST', orgPath(orgId, 'invitations'), body);

/** Invites someone by e-mail with a role; the mail is queued (the outbox sends and retries it). */
export const useCreateInvitation = () =>
  useRefreshingMutation(createInvitation, (queryClient, { orgId }) =>
    queryClient.invalidateQueries({ queryKey: queryKeys.invitations(orgId) }),
  );
