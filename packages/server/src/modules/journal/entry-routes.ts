import { journalEntryChangeSchema, journalEntryInputSchema, todayIso } from '@derde-bron/domain';
import { z } from 'zod';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { conflict } from '../../http-error.ts';
import { errorResponseSchema } from '../../plugins/errors.ts';
import {
  deleteEntry,
  findOwnJournal,
  getEntry,
  getOwnJournal,
  insertEntry,
  listEntries,
  updateEntry,
} from './repository.ts';
import { entryParams, entrySchema } from './schemas.ts';

/**
 * The entries of the caller's own journal, sealed in her browser. The server adds only the day;
 * the audit log says that an entry was written or deleted, never what it holds.
 */
export default orgRoutesPlugin({ tags: ['journal'] }, (route) => {
  route.get('/api/organisations/:orgId/journal/entries', {
    permission: 'journal.own',
    summary: 'Your own journal’s sealed entries, newest day first (empty before set-up)',
    response: z.object({ entries: z.array(entrySchema) }),
    handler: async ({ tx, orgId, member }) => {
      // No journal set up yet is no entries; any other failure is an error, not an empty list.
      const journal = await findOwnJournal(tx, orgId, member.membership.id);
      return { entries: journal ? await listEntries(tx, journal) : [] };
    },
  });

  route.post('/api/organisations/:orgId/journal/entries', {
    permission: 'journal.own',
    summary: 'Keep a sealed entry in your journal',
    body: journalEntryInputSchema,
    response: entrySchema,
    status: 201,
    handler: async ({ audit, tx, orgId, body, member }) => {
      const journal = await getOwnJournal(tx, orgId, member.membership.id);
      const row = await insertEntry(tx, journal, body.sealed, todayIso());
      await audit({ action: 'journal.entryWritten', targetType: 'journalEntry', targetId: row.id });
      return row;
    },
  });

  route.put('/api/organisations/:orgId/journal/entries/:entryId', {
    permission: 'journal.own',
    summary: 'Replace a sealed entry of your journal',
    description: 'Send the `version` you last saw; a stale version gets 409 with the current entry.',
    params: entryParams,
    body: journalEntryChangeSchema,
    response: entrySchema,
    errors: { 409: errorResponseSchema.extend({ current: entrySchema.optional() }) },
    handler: async ({ audit, tx, orgId, params: { entryId }, body: { sealed, version }, member }) => {
      const journal = await getOwnJournal(tx, orgId, member.membership.id);
      const current = await getEntry(tx, journal, entryId);
      const saved = await updateEntry(tx, journal, entryId, version, sealed);
      if (!saved) throw conflict('journalEntryConflict', { current });
      await audit({ action: 'journal.entryWritten', targetType: 'journalEntry', targetId: entryId });
      return saved;
    },
  });

  route.delete('/api/organisations/:orgId/journal/entries/:entryId', {
    permission: 'journal.own',
    summary: 'Delete an entry of your journal',
    params: entryParams,
    handler: async ({ audit, tx, orgId, params: { entryId }, member }) => {
      const journal = await getOwnJournal(tx, orgId, member.membership.id);
      await deleteEntry(tx, journal, entryId);
      await audit({ action: 'journal.entryDeleted', targetType: 'journalEntry', targetId: entryId });
    },
  });
});
