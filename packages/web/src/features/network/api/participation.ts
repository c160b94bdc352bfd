import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson, sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

type Participation = ApiResponse<'/api/organisations/{orgId}/network/participation', 'get'>;
const url = (orgId: string) => orgPath(orgId, 'network', 'participation');

export const participationQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: queryKeys.benchmark.participation(orgId),
    queryFn: () => getJson<Participation>(url(orgId)),
  });

/** Whether the organisation takes part in the network benchmark (org_admin). */
export const useParticipation = (orgId: string) => useQuery(participationQueryOptions(orgId));

/** Opt out of the benchmark or back in; the server logs it. */
export function useUpdateParticipation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Participation) => sendJson<Participation>('PATCH', url(orgId), body),
    onSuccess: (data) => {
      queryClient.setQueryData(queryKeys.benchmark.participation(orgId), data);
      void queryClient.invalidateQueries({ queryKey: queryKeys.benchmark.comparison(orgId) });
    },
  });
}
