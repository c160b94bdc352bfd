import type { Perspective } from '@derde-bron/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import type { WaveLink } from './get-links.ts';
import { invalidateWaves } from './get-waves.ts';

export type CreateLinkInput = {
  orgId: string;
  waveId: string;
  perspective: Perspective;
  teamId: string | null;
};

/** The new link with its token: `path` is `/vragenlijst#<token>`. Only this answer ever holds it. */
export type CreatedLink = WaveLink & { token: string; path: string };

export const createLink = ({ orgId, waveId, ...body }: CreateLinkInput) =>
  sendJson<CreatedLink>(
    'POST',
    `/api/organisations/${encodeURIComponent(orgId)}/waves/${encodeURIComponent(waveId)}/links`,
    body,
  );

/** Makes an anonymous link for one perspective (and team) of a wave. */
export function useCreateLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLink,
    // The token stays only in the form that shows it: the mutation cache forgets it at once.
    gcTime: 0,
    onSuccess: (_link, { orgId }) => invalidateWaves(queryClient, orgId),
  });
}
