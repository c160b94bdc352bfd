import { useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson, sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRegistryMutation } from './save-person.ts';

export type FormationView = ApiResponse<'/api/organisations/{orgId}/registry/formation', 'get'>;
export type FormationPlan = FormationView['plan'];

export const useFormation = (orgId: string) =>
  useQuery({
    queryKey: queryKeys.registry.formation(orgId),
    queryFn: () => getJson<FormationView>(orgPath(orgId, 'registry', 'formation')),
  });

export const saveFormationPlan = ({ orgId, ...body }: { orgId: string } & FormationPlan) =>
  sendJson<FormationView>('PATCH', orgPath(orgId, 'registry', 'formation'), body);

/** Saves the whole plan (targets and budget) with the version last seen. */
export const useSaveFormationPlan = () => useRegistryMutation(saveFormationPlan);
