import type { ConversationNoteInput } from '@derde-bron/domain';
import { and, desc, eq } from 'drizzle-orm';
import { insertedRow, rowOfOrg } from '../../db/rows.ts';
import type { Tx } from '../../db/tenant.ts';
import { invalidInput } from '../../http-error.ts';
import { assertOwnTeam } from '../organisations/index.ts';
import { conversationNotes, measurementWaves } from './table.ts';

/** The measurement module's queries for notes from team conversations (waves: waves.ts, groups.ts). */

export type NoteRow = typeof conversationNotes.$inferSelect;

/** A note's team and wave must be this organisation's. */
export async function assertOwnReferences(
  tx: Tx,
  orgId: string,
  input: { teamId: string | null; waveId: string | null },
) {
  await assertOwnTeam(tx, orgId, input.teamId);
  if (input.waveId) {
    const [wave] = await tx
      .select({ id: measurementWaves.id })
      .from(measurementWaves)
      .where(and(eq(measurementWaves.orgId, orgId), eq(measurementWaves.id, input.waveId)));
    if (!wave) throw invalidInput('waveNotInOrganisation');
  }
}

export async function getNote(tx: Tx, orgId: string, noteId: string) {
  return rowOfOrg(tx, conversationNotes, orgId, noteId);
}

export function listNotes(tx: Tx, orgId: string) {
  return tx
    .select()
    .from(conversationNotes)
    .where(eq(conversationNotes.orgId, orgId))
    .orderBy(desc(conversationNotes.heldOn), desc(conversationNotes.updatedAt));
}

export async function insertNote(tx: Tx, orgId: string, input: ConversationNoteInput, userId: string) {
  return insertedRow(
    await tx
      .insert(conversationNotes)
      .values({ orgId, ...input, updatedBy: userId })
      .returning(),
  );
}

/** The note changed from `version`, or undefined when someone saved in between. */
export async function updateNote(
  tx: Tx,
  orgId: string,
  noteId: string,
  version: number,
  change: ConversationNoteInput,
  userId: string,
): Promise<NoteRow | undefined> {
  const [updated] = await tx
    .update(conversationNotes)
    .set({ ...change, version: version + 1, updatedBy: userId, updatedAt: new Date() })
    .where(
      and(
        eq(conversationNotes.orgId, orgId),
        eq(conversationNotes.id, noteId),
        eq(conversationNotes.version, version),
      ),
    )
    .returning();
  return updated;
}

export async function deleteNote(tx: Tx, orgId: string, noteId: string) {
  await tx
    .delete(conversationNotes)
    .where(and(eq(conversationNotes.orgId, orgId), eq(conversationNotes.id, noteId)));
}
