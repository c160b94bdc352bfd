import type { GoalAchieved, MonitorRoundKind, MonitorTeamRole } from '@derde-bron/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { invalidateMonitor, type MonitorRound, type TeamMember } from './get-monitor.ts';
import type { MonitorScore } from './get-round.ts';

/** Every change to the monitor goes through one mutation that refreshes the monitor afterwards. */
function useMonitorMutation<TInput extends { orgId: string }, TData>(
  send: (input: TInput) => Promise<TData>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: (_d, _e, { orgId }) => invalidateMonitor(queryClient, orgId),
  });
}

export const useAddTeamMember = () =>
  useMonitorMutation(
    ({ orgId, ...body }: { orgId: string; membershipId: string; teamRole: MonitorTeamRole }) =>
      sendJson<TeamMember>('POST', orgPath(orgId, 'monitor', 'team'), body),
  );

export const useRemoveTeamMember = () =>
  useMonitorMutation(({ orgId, id }: { orgId: string; id: string }) =>
    sendJson<null>('DELETE', orgPath(orgId, 'monitor', 'team', id)),
  );

export const useStartRound = () =>
  useMonitorMutation(
    ({ orgId, ...body }: { orgId: string; cycle: number; kind: MonitorRoundKind; heldOn: string }) =>
      sendJson<MonitorRound>('POST', orgPath(orgId, 'monitor', 'rounds'), body),
  );

export const useCloseRound = () =>
  useMonitorMutation(
    ({ orgId, roundId, ...body }: { orgId: string; roundId: string; version: number; closed: boolean }) =>
      sendJson<MonitorRound>('PATCH', orgPath(orgId, 'monitor', 'rounds', roundId), body),
  );

export type ScoreInput = {
  orgId: string;
  roundId: string;
  subjectKey: string;
  version: number;
  score: number | null;
  rationale: string;
  evidence: Array<{ title: string; url: string }>;
};

/** Saves one score (409 with the current score when someone saved first). */
export const useSaveScore = () =>
  useMonitorMutation(({ orgId, roundId, subjectKey, ...body }: ScoreInput) =>
    sendJson<MonitorScore>('PUT', orgPath(orgId, 'monitor', 'rounds', roundId, 'scores', subjectKey), body),
  );

export const useReviewGoal = () =>
  useMonitorMutation(
    ({
      orgId,
      roundId,
      ...body
    }: {
      orgId: string;
      roundId: string;
      goalId: string;
      achieved: GoalAchieved;
      note: string;
    }) => sendJson<unknown>('POST', orgPath(orgId, 'monitor', 'rounds', roundId, 'goal-reviews'), body),
  );
