import type { WaveGroupInput } from '@derde-bron/domain';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { foundRow, insertedRow } from '../../db/rows.ts';
import { teams } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { conflict } from '../../http-error.ts';
import { waveGroups, waveLinks } from './table.ts';
import type { WaveRow } from './waves.ts';

export type GroupRow = typeof waveGroups.$inferSelect;

/**
 * Progress of an open group, said so that nobody learns how few answered: "enough", or how many
 * more answers the results need. While a wave is open no scores exist, so this reveals no answer;
 * once it closes, only the published results speak.
 */
export type GroupProgress = { state: 'enough' } | { state: 'needed'; needed: number } | { state: 'closed' };

export function progressOf(group: Pick<GroupRow, 'received' | 'open'>, minCell: number): GroupProgress {
  if (!group.open) return { state: 'closed' };
  return group.received >= minCell
    ? { state: 'enough' }
    : { state: 'needed', needed: minCell - group.received };
}

/** Declares a group of the wave with its headcount; a group is declared once and never changed. */
export async function declareGroup(tx: Tx, wave: WaveRow, input: WaveGroupInput): Promise<GroupRow> {
  const teamKey = input.teamId ?? '';
  const [existing] = await tx
    .select()
    .from(waveGroups)
    .where(
      and(
        eq(waveGroups.orgId, wave.orgId),
        eq(waveGroups.waveId, wave.id),
        eq(waveGroups.teamKey, teamKey),
        eq(waveGroups.perspective, input.perspective),
      ),
    );
  if (existing) throw conflict('groupExists', { current: existing });
  return insertedRow(
    await tx
      .insert(waveGroups)
      .values({
        orgId: wave.orgId,
        waveId: wave.id,
        teamId: input.teamId,
        teamKey,
        teamName: input.teamId ? await teamNameOf(tx, wave.orgId, input.teamId) : null,
        perspective: input.perspective,
        headcount: input.headcount,
      })
      .returning(),
  );
}

async function teamNameOf(tx: Tx, orgId: string, teamId: string) {
  const [team] = await tx
    .select({ name: teams.name })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, teamId)));
  return team?.name ?? null;
}

export async function getGroup(tx: Tx, wave: WaveRow, groupId: string): Promise<GroupRow> {
  return foundRow(
    await tx
      .select()
      .from(waveGroups)
      .where(
        and(eq(waveGroups.orgId, wave.orgId), eq(waveGroups.waveId, wave.id), eq(waveGroups.id, groupId)),
      ),
  );
}

/** The wave's groups with their team's name, their shared links and how many invitations went out. */
export async function listGroups(tx: Tx, wave: WaveRow) {
  const groups = await tx
    .select({ group: waveGroups, teamName: teams.name })
    .from(waveGroups)
    .leftJoin(teams, eq(teams.id, waveGroups.teamId))
    .where(and(eq(waveGroups.orgId, wave.orgId), eq(waveGroups.waveId, wave.id)))
    .orderBy(asc(waveGroups.createdAt));
  const links = await tx
    .select({ id: waveLinks.id, groupId: waveLinks.groupId, createdAt: waveLinks.createdAt })
    .from(waveLinks)
    .where(
      and(eq(waveLinks.orgId, wave.orgId), eq(waveLinks.waveId, wave.id), eq(waveLinks.singleUse, false)),
    )
    .orderBy(asc(waveLinks.createdAt));
  const invitations = await tx
    .select({ groupId: waveLinks.groupId, sent: count() })
    .from(waveLinks)
    .where(and(eq(waveLinks.orgId, wave.orgId), eq(waveLinks.waveId, wave.id), eq(waveLinks.singleUse, true)))
    .groupBy(waveLinks.groupId);
  return groups.map(({ group, teamName }) => ({
    id: group.id,
    teamId: group.teamId,
    // The team's name now, or as declared if the team was removed meanwhile.
    teamName: teamName ?? group.teamName,
    perspective: group.perspective,
    headcount: group.headcount,
    progress: progressOf(group, wave.minCell),
    links: links.filter((link) => link.groupId === group.id).map(({ id, createdAt }) => ({ id, createdAt })),
    invitationsSent: invitations.find((row) => row.groupId === group.id)?.sent ?? 0,
  }));
}

/** Answers received so far over all groups (participation; shown while the wave is open). */
export async function countReceived(tx: Tx, wave: Pick<WaveRow, 'id' | 'orgId'>): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`coalesce(sum(${waveGroups.received}), 0)`.mapWith(Number) })
    .from(waveGroups)
    .where(and(eq(waveGroups.orgId, wave.orgId), eq(waveGroups.waveId, wave.id)));
  return row?.n ?? 0;
}
