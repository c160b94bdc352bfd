import type { IntervisionMethod } from '@derde-bron/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../../api/types.ts';
import { getJson, sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export type SessionSummary = ApiResponse<'/api/organisations/{orgId}/intervision', 'get'>['sessions'][number];
export type SessionDetail = ApiResponse<'/api/organisations/{orgId}/intervision/{sessionId}', 'get'>;

export const useSessions = (orgId: string) =>
  useQuery({
    queryKey: queryKeys.intervision.all(orgId),
    queryFn: async () =>
      (await getJson<{ sessions: SessionSummary[] }>(orgPath(orgId, 'intervision'))).sessions,
  });

export const useSession = (orgId: string, sessionId: string) =>
  useQuery({
    queryKey: queryKeys.intervision.session(orgId, sessionId),
    queryFn: () => getJson<SessionDetail>(orgPath(orgId, 'intervision', sessionId)),
  });

/** Every change refreshes the sessions, and the registry (finishing writes its logs). */
function useIntervisionMutation<TInput extends { orgId: string }, TData>(
  send: (input: TInput) => Promise<TData>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: (_d, _e, { orgId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.intervision.all(orgId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.registry.all(orgId) }),
      ]),
  });
}

export type SessionInput = {
  kind: 'intervision' | 'supervision';
  setting: 'internal' | 'external';
  heldOn: string;
  method: IntervisionMethod;
  personIds: string[];
};

export const useScheduleSession = () =>
  useIntervisionMutation(({ orgId, ...body }: SessionInput & { orgId: string }) =>
    sendJson<SessionDetail>('POST', orgPath(orgId, 'intervision'), body),
  );

export const useSaveRecord = () =>
  useIntervisionMutation(
    ({
      orgId,
      sessionId,
      ...body
    }: {
      orgId: string;
      sessionId: string;
      themes: string;
      agreements: string;
      version: number;
    }) => sendJson<SessionDetail>('PUT', orgPath(orgId, 'intervision', sessionId, 'record'), body),
  );

export const useFinishSession = () =>
  useIntervisionMutation(
    ({ orgId, sessionId, ...body }: { orgId: string; sessionId: string; minutes: number; version: number }) =>
      sendJson<SessionDetail>('POST', orgPath(orgId, 'intervision', sessionId, 'finish'), body),
  );
