import { and, asc, eq } from 'drizzle-orm';
import { deleteRowOfOrg, foundRow, rowOfOrg } from '../../db/rows.ts';
import { memberships, users } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { monitorRounds, monitorScores, monitorTeamMembers } from './table.ts';

/** The implementation team, with each member's name and organisation role. */
export function listTeam(tx: Tx, orgId: string) {
  return tx
    .select({
      id: monitorTeamMembers.id,
      membershipId: monitorTeamMembers.membershipId,
      teamRole: monitorTeamMembers.teamRole,
      name: users.name,
      role: memberships.role,
    })
    .from(monitorTeamMembers)
    .innerJoin(memberships, eq(memberships.id, monitorTeamMembers.membershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(monitorTeamMembers.orgId, orgId))
    .orderBy(asc(monitorTeamMembers.createdAt));
}

/** Whether a membership is the organisation's own (another organisation's is "not found"). */
export async function assertOwnMembership(tx: Tx, orgId: string, membershipId: string) {
  foundRow(
    await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.id, membershipId))),
  );
}

export async function insertTeamMember(tx: Tx, values: typeof monitorTeamMembers.$inferInsert) {
  const rows = await tx.insert(monitorTeamMembers).values(values).onConflictDoNothing().returning();
  return rows[0];
}

export const deleteTeamMember = (tx: Tx, orgId: string, id: string) =>
  deleteRowOfOrg(tx, monitorTeamMembers, orgId, id);

export type RoundRow = typeof monitorRounds.$inferSelect;

export function listRounds(tx: Tx, orgId: string) {
  return tx
    .select()
    .from(monitorRounds)
    .where(eq(monitorRounds.orgId, orgId))
    .orderBy(asc(monitorRounds.cycle), asc(monitorRounds.kind));
}

export async function getRound(tx: Tx, orgId: string, roundId: string) {
  return rowOfOrg(tx, monitorRounds, orgId, roundId);
}

export async function insertRound(tx: Tx, values: typeof monitorRounds.$inferInsert) {
  const rows = await tx.insert(monitorRounds).values(values).onConflictDoNothing().returning();
  return rows[0];
}

/** Closes or reopens a round saved from `version`; undefined when someone saved in between. */
export async function setRoundClosed(tx: Tx, round: RoundRow, version: number, closed: boolean) {
  const [row] = await tx
    .update(monitorRounds)
    .set({ closedAt: closed ? (round.closedAt ?? new Date()) : null, version: version + 1 })
    .where(and(eq(monitorRounds.id, round.id), eq(monitorRounds.version, version)))
    .returning();
  return row;
}

export function listScores(tx: Tx, orgId: string) {
  return tx
    .select()
    .from(monitorScores)
    .where(eq(monitorScores.orgId, orgId))
    .orderBy(asc(monitorScores.subjectKey));
}

export function listRoundScores(tx: Tx, orgId: string, roundId: string) {
  return tx
    .select()
    .from(monitorScores)
    .where(and(eq(monitorScores.orgId, orgId), eq(monitorScores.roundId, roundId)))
    .orderBy(asc(monitorScores.subjectKey));
}

export async function getScore(tx: Tx, roundId: string, subjectKey: string) {
  const [row] = await tx
    .select()
    .from(monitorScores)
    .where(and(eq(monitorScores.roundId, roundId), eq(monitorScores.subjectKey, subjectKey)));
  return row;
}

type ScoreValues = Pick<
  typeof monitorScores.$inferInsert,
  'score' | 'rationale' | 'evidence' | 'updatedBy' | 'updatedByName'
>;

/** A first score; undefined when someone scored the same subject at the same moment. */
export async function insertScore(
  tx: Tx,
  values: ScoreValues & { orgId: string; roundId: string; subjectKey: string },
) {
  const rows = await tx.insert(monitorScores).values(values).onConflictDoNothing().returning();
  return rows[0];
}

/** A changed score from `version`; undefined when someone saved in between. */
export async function updateScore(tx: Tx, id: string, version: number, values: ScoreValues) {
  const [row] = await tx
    .update(monitorScores)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(monitorScores.id, id), eq(monitorScores.version, version)))
    .returning();
  return row;
}
