import {
  compareRounds,
  currentMonitorVersion,
  isMonitorLevel,
  type MonitorLevel,
  monitorContents,
  type RoundScores,
  roundOrder,
  stepSubject,
} from '@derde-bron/domain';
import type { Tx } from '../../db/tenant.ts';
import { listRounds, listScores, listTeam, type RoundRow } from './repository.ts';

type ScoreRow = Awaited<ReturnType<typeof listScores>>[number];

const scoresOf = (rows: ScoreRow[]): RoundScores =>
  Object.fromEntries(
    rows.map((row) => [row.subjectKey, isMonitorLevel(row.score) ? (row.score as MonitorLevel) : null]),
  );

/**
 * The monitor page and the reports: the team, the rounds, and the latest cycle's begin against end
 * per step with the team's rationale for each step score.
 */
export async function loadMonitor(tx: Tx, orgId: string) {
  const [team, rounds, scores] = [
    await listTeam(tx, orgId),
    await listRounds(tx, orgId),
    await listScores(tx, orgId),
  ];
  rounds.sort(roundOrder);
  const scoresByRound = (round: RoundRow | undefined) => scores.filter((s) => s.roundId === round?.id);
  const latestCycle = rounds.at(-1)?.cycle;
  const begin = rounds.find((r) => r.cycle === latestCycle && r.kind === 'begin');
  const end = rounds.find((r) => r.cycle === latestCycle && r.kind === 'end');
  // Begin and end of one cycle are compared on the begin-meting's content version.
  const content = monitorContents.get(begin?.contentVersion ?? currentMonitorVersion);
  const rationale = (round: RoundRow | undefined, stepKey: string) =>
    round
      ? (scoresByRound(round).find((s) => s.subjectKey === stepSubject(stepKey))?.rationale ?? null)
      : null;
  const comparison =
    latestCycle === undefined || !content
      ? null
      : {
          cycle: latestCycle,
          steps: compareRounds(
            content,
            begin ? scoresOf(scoresByRound(begin)) : null,
            end ? scoresOf(scoresByRound(end)) : null,
          ).map((step) => ({
            ...step,
            beginRationale: rationale(begin, step.stepKey),
            endRationale: rationale(end, step.stepKey),
          })),
        };
  return {
    contentVersion: currentMonitorVersion,
    team,
    rounds: rounds.map((round) => ({
      ...round,
      scored: scoresByRound(round).filter((s) => s.score !== null).length,
    })),
    comparison,
    /** The step scores of the latest round that has any, for the gap with the staff survey. */
    latestScored: [...rounds].reverse().find((round) => scoresByRound(round).some((s) => s.score !== null)),
    scoresOfRound: (round: RoundRow) => scoresOf(scoresByRound(round)),
  };
}
