import type { GoalAchieved } from '@derde-bron/domain';
import { and, asc, eq } from 'drizzle-orm';
import { foundRow } from '../../db/rows.ts';
import type { Tx } from '../../db/tenant.ts';
import { conflict } from '../../http-error.ts';
import { roadmapGoalReviews, roadmapGoals } from './table.ts';

export type GoalReviewBy = { userId: string; name: string };

/** Every review of the organisation's goals, oldest first (the goals page groups them per goal). */
export function listGoalReviews(tx: Tx, orgId: string) {
  return tx
    .select({
      id: roadmapGoalReviews.id,
      goalId: roadmapGoalReviews.goalId,
      cycle: roadmapGoalReviews.cycle,
      monitorRoundId: roadmapGoalReviews.monitorRoundId,
      achieved: roadmapGoalReviews.achieved,
      note: roadmapGoalReviews.note,
      reviewedByName: roadmapGoalReviews.reviewedByName,
      reviewedAt: roadmapGoalReviews.reviewedAt,
    })
    .from(roadmapGoalReviews)
    .where(eq(roadmapGoalReviews.orgId, orgId))
    .orderBy(asc(roadmapGoalReviews.reviewedAt), asc(roadmapGoalReviews.id));
}

/** Keeps one review in the goal's history (the goals page's "reviewed", or the monitor). */
export async function insertGoalReview(
  tx: Tx,
  values: {
    orgId: string;
    goalId: string;
    cycle: number;
    achieved: GoalAchieved | null;
    note?: string;
    monitorRoundId?: string | null;
    by: GoalReviewBy;
  },
) {
  const { by, ...rest } = values;
  await tx.insert(roadmapGoalReviews).values({ ...rest, reviewedBy: by.userId, reviewedByName: by.name });
}

/**
 * "Doel behaald?" answered in the monitor's eind-meting of `cycle`: kept in the history, and the goal's
 * own `achieved` becomes this latest answer (its version moves on, so an open goals page gets 409).
 */
export async function reviewGoalInCycle(
  tx: Tx,
  input: {
    orgId: string;
    goalId: string;
    cycle: number;
    achieved: GoalAchieved;
    note: string;
    monitorRoundId: string;
    by: GoalReviewBy;
  },
) {
  const goal = foundRow(
    await tx
      .select({ version: roadmapGoals.version })
      .from(roadmapGoals)
      .where(and(eq(roadmapGoals.orgId, input.orgId), eq(roadmapGoals.id, input.goalId))),
  );
  const updated = await tx
    .update(roadmapGoals)
    .set({ achieved: input.achieved, reviewedAt: new Date(), cycle: input.cycle, version: goal.version + 1 })
    .where(and(eq(roadmapGoals.id, input.goalId), eq(roadmapGoals.version, goal.version)))
    .returning({ id: roadmapGoals.id });
  if (updated.length === 0) throw conflict('goalConflict');
  await insertGoalReview(tx, input);
}
