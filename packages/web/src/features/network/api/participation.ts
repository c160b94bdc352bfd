import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, sendJson } from '../../../lib/api-client.ts';

type Participation = { optedOut: boolean };
const participationKey = (orgId: string) => ['organisation', orgId, 'network', 'participation'] as const;
const url = (orgId: string) => `/api/organisations/${encodeURIComponent(orgId)}/network/participation`;

export const participationQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: participationKey(orgId), queryFn: () => getJson<Participation>(url(orgId)) });

/** Whether the organisation takes part in the network benchmark (org_admin). */
export const useParticipation = (orgId: string) => useQuery(participationQueryOptions(orgId));

/** Opt out of the benchmark or back in; the server logs it. */
export function useUpdateParticipation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Participation) => sendJson<Participation>('PATCH', url(orgId), body),
    onSuccess: (data) => {
      queryClient.setQueryData(participationKey(orgId), data);
      void queryClient.invalidateQueries({ queryKey: ['organisation', orgId, 'network', 'comparison'] });
    },
  });
}
