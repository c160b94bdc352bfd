import { conversationNoteInputSchema, themeCounts } from '@derde-bron/domain';
import { z } from 'zod';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { conflict } from '../../http-error.ts';
import { errorResponseSchema } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import {
  assertOwnReferences,
  deleteNote,
  getNote,
  insertNote,
  listNotes,
  type NoteRow,
  updateNote,
} from './repository.ts';

const noteParams = orgParams.extend({ noteId: z.uuid() });

const noteSchema = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  teamId: z.uuid().nullable(),
  waveId: z.uuid().nullable(),
  summary: z.string(),
  themes: z.array(z.string()),
  version: z.int(),
  updatedAt: z.string(),
});
const conflictWithNoteSchema = errorResponseSchema.extend({ current: noteSchema });

const describeNote = (note: NoteRow) => ({
  id: note.id,
  heldOn: note.heldOn,
  teamId: note.teamId,
  waveId: note.waveId,
  summary: note.summary,
  themes: note.themes,
  version: note.version,
  updatedAt: note.updatedAt.toISOString(),
});

/**
 * Notes from team conversations (step 1, item 2): the qualitative side of the 0-meting. Only the
 * coordinator and org_admin keep and read them.
 */
export default orgRoutesPlugin({ tags: ['measurement'] }, (route) => {
  route.get('/api/organisations/:orgId/conversation-notes', {
    permission: 'measurement.manage',
    summary: 'Notes from team conversations, newest first, with how often each theme came up',
    response: z.object({
      notes: z.array(noteSchema),
      themes: z.array(z.object({ theme: z.string(), notes: z.int() })),
    }),
    handler: async ({ tx, orgId }) => {
      const notes = await listNotes(tx, orgId);
      return { notes: notes.map(describeNote), themes: themeCounts(notes) };
    },
  });

  route.post('/api/organisations/:orgId/conversation-notes', {
    permission: 'measurement.manage',
    summary: 'Record what was heard in a team conversation, with themes (never names)',
    body: conversationNoteInputSchema,
    response: noteSchema,
    status: 201,
    handler: async ({ tx, orgId, body, member: { user } }) => {
      await assertOwnReferences(tx, orgId, body);
      const note = await insertNote(tx, orgId, body, user.id);
      await recordAudit(tx, {
        orgId,
        actorUserId: user.id,
        action: 'measurement.noteSaved',
        targetType: 'conversationNote',
        targetId: note.id,
      });
      return describeNote(note);
    },
  });

  route.patch('/api/organisations/:orgId/conversation-notes/:noteId', {
    permission: 'measurement.manage',
    summary: 'Change a note; send the version you last saw',
    description:
      'If someone saved in between, the answer is 409 with the note as it is now, and nothing is overwritten.',
    params: noteParams,
    body: conversationNoteInputSchema.and(z.object({ version: z.int().positive() })),
    response: noteSchema,
    errors: { 409: conflictWithNoteSchema },
    handler: async ({ tx, orgId, params: { noteId }, body: { version, ...change }, member: { user } }) => {
      const current = await getNote(tx, orgId, noteId);
      if (current.version !== version) throw conflict('noteConflict', { current: describeNote(current) });
      await assertOwnReferences(tx, orgId, change);
      const updated = await updateNote(tx, orgId, noteId, version, change, user.id);
      if (!updated)
        throw conflict('noteConflict', { current: describeNote(await getNote(tx, orgId, noteId)) });
      await recordAudit(tx, {
        orgId,
        actorUserId: user.id,
        action: 'measurement.noteSaved',
        targetType: 'conversationNote',
        targetId: noteId,
      });
      return describeNote(updated);
    },
  });

  route.delete('/api/organisations/:orgId/conversation-notes/:noteId', {
    permission: 'measurement.manage',
    summary: 'Delete a note',
    params: noteParams,
    handler: async ({ tx, orgId, params: { noteId }, member: { user } }) => {
      await getNote(tx, orgId, noteId);
      await deleteNote(tx, orgId, noteId);
      await recordAudit(tx, {
        orgId,
        actorUserId: user.id,
        action: 'measurement.noteDeleted',
        targetType: 'conversationNote',
        targetId: noteId,
      });
    },
  });
});
