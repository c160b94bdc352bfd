import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type CreateOrganisationInput = { name: string; adminEmail: string };

export const createOrganisation = (input: CreateOrganisationInput) =>
  sendJson<{ id: string; name: string; mail: 'queued' }>('POST', '/api/organisations', input);

/** Adds a member organisation and e-mails an invitation to its first administrator. */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.network.organisations }),
  });
}
