import { useQuery } from '@tanstack/react-query';
import type { ApiRequestBody, ApiResponse } from '../../../api/types.ts';
import { getJson, sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';

export type OrganisationSize = ApiResponse<'/api/organisations/{orgId}/size', 'get'>;

export const useOrganisationSize = (orgId: string) =>
  useQuery({
    queryKey: queryKeys.organisationSize(orgId),
    queryFn: () => getJson<OrganisationSize>(orgPath(orgId, 'size')),
  });

export const saveOrganisationSize = ({
  orgId,
  ...body
}: { orgId: string } & ApiRequestBody<'/api/organisations/{orgId}/size', 'patch'>) =>
  sendJson<OrganisationSize>('PATCH', orgPath(orgId, 'size'), body);

/** Records staff FTE and clients per year, with the version last seen. */
export const useSaveOrganisationSize = () =>
  useRefreshingMutation(saveOrganisationSize, (queryClient, { orgId }) =>
    queryClient.invalidateQueries({ queryKey: queryKeys.organisationSize(orgId) }),
  );
