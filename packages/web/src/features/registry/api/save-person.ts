import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import type { Person } from './get-people.ts';

/** What the form sends: the whole record (the server refuses fields it does not know). */
export type PersonInput = Omit<
  Person,
  'id' | 'teamName' | 'memberName' | 'lastReflectionOn' | 'signalMails' | 'version' | 'updatedAt'
>;

export const createPerson = ({ orgId, input }: { orgId: string; input: PersonInput }) =>
  sendJson<Person>('POST', orgPath(orgId, 'registry', 'people'), input);

export const updatePerson = ({
  orgId,
  personId,
  input,
  version,
}: {
  orgId: string;
  personId: string;
  input: PersonInput;
  version: number;
}) =>
  sendJson<Person>('PATCH', orgPath(orgId, 'registry', 'people', personId), {
    ...input,
    version,
  });

export const deletePerson = ({ orgId, personId }: { orgId: string; personId: string }) =>
  sendJson<null>('DELETE', orgPath(orgId, 'registry', 'people', personId));

const useRegistryMutation = <I extends { orgId: string }, O>(fn: (input: I) => Promise<O>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: (_out, _error, { orgId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.registry.all(orgId) }),
  });
};

export const useCreatePerson = () => useRegistryMutation(createPerson);
export const useUpdatePerson = () => useRegistryMutation(updatePerson);
export const useDeletePerson = () => useRegistryMutation(deletePerson);
export { useRegistryMutation };
