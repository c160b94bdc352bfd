import { useQuery } from '@tanstack/react-query';
import type { ApiRequestBody, ApiResponse } from '../../../api/types.ts';
import { getJson, sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useRegistryMutation } from './save-person.ts';

export type Activity = ApiResponse<'/api/organisations/{orgId}/activities', 'get'>['activities'][number];

export type ActivityInput = {
  activityKey: string | null;
  name: string | null;
  phases: string[];
  leaderPersonIds: string[];
  startsOn: string | null;
  endsOn: string | null;
};

export const useActivities = (orgId: string) =>
  useQuery({
    queryKey: queryKeys.registry.activities(orgId),
    queryFn: () =>
      getJson<{ activities: Activity[] }>(orgPath(orgId, 'activities')).then((b) => b.activities),
  });

export const createActivity = ({ orgId, input }: { orgId: string; input: ActivityInput }) =>
  sendJson<Activity>('POST', orgPath(orgId, 'activities'), input);

export const saveReach = ({
  orgId,
  activityId,
  ...body
}: {
  orgId: string;
  activityId: string;
} & ApiRequestBody<'/api/organisations/{orgId}/activities/{activityId}/reach', 'post'>) =>
  sendJson<Activity>('POST', orgPath(orgId, 'activities', activityId, 'reach'), body);

export const updateActivity = ({
  orgId,
  activityId,
  input,
  version,
}: {
  orgId: string;
  activityId: string;
  input: ActivityInput;
  version: number;
}) =>
  sendJson<Activity>('PATCH', orgPath(orgId, 'activities', activityId), {
    ...input,
    version,
  });

export const deleteActivity = ({ orgId, activityId }: { orgId: string; activityId: string }) =>
  sendJson<null>('DELETE', orgPath(orgId, 'activities', activityId));

export const useCreateActivity = () => useRegistryMutation(createActivity);
export const useSaveReach = () => useRegistryMutation(saveReach);
export const useUpdateActivity = () => useRegistryMutation(updateActivity);
export const useDeleteActivity = () => useRegistryMutation(deleteActivity);
