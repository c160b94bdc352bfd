import { useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson, sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRegistryMutation } from './save-person.ts';

export type RegistrySettings = ApiResponse<'/api/organisations/{orgId}/registry/settings', 'get'>;

export const useRegistrySettings = (orgId: string) =>
  useQuery({
    queryKey: queryKeys.registry.settings(orgId),
    queryFn: () => getJson<RegistrySettings>(orgPath(orgId, 'registry', 'settings')),
  });

export const updateSettings = ({ orgId, ...body }: { orgId: string } & RegistrySettings) =>
  sendJson<RegistrySettings>('PATCH', orgPath(orgId, 'registry', 'settings'), body);

/** Chooses the roles that require a Registerplein registration. */
export const useUpdateSettings = () => useRegistryMutation(updateSettings);
