import { journalKeyChangeSchema, journalSetupSchema } from '@derde-bron/domain';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { conflict } from '../../http-error.ts';
import {
  countEntries,
  deleteJournal,
  findOwnJournal,
  getOwnJournal,
  insertJournal,
  type Journal,
  updateJournalKeys,
} from './repository.ts';
import { journalSchema } from './schemas.ts';

/** What the browser needs to open the journal: its wrapped keys and public parameters, nothing else. */
const described = (
  { salt, iterations, passphraseKey, recoveryKey, version }: Journal,
  entryCount: number,
) => ({
  salt,
  iterations,
  passphraseKey,
  recoveryKey,
  version,
  entryCount,
});
/**
 * The caller's own journal: set it up, read its (wrapped) key material, choose a new passphrase,
 * or delete it. There is no route that takes another person's journal: each one starts from the
 * caller's own membership.
 */
export default orgRoutesPlugin({ tags: ['journal'] }, (route) => {
  route.get('/api/organisations/:orgId/journal', {
    permission: 'journal.own',
    summary: 'Your own journal’s wrapped keys and number of entries (null before set-up)',
    response: journalSchema,
    handler: async ({ tx, orgId, member }) => {
      const journal = await findOwnJournal(tx, orgId, member.membership.id);
      if (!journal) return { journal: null };
      return { journal: described(journal, await countEntries(tx, journal)) };
    },
  });

  route.post('/api/organisations/:orgId/journal', {
    permission: 'journal.own',
    summary: 'Set up your journal with the data key wrapped in your browser',
    description: 'Only wrapped keys and public parameters: the server refuses anything else.',
    body: journalSetupSchema,
    response: journalSchema,
    status: 201,
    handler: async ({ audit, tx, orgId, body, member }) => {
      const row = await insertJournal(tx, { orgId, membershipId: member.membership.id, ...body });
      if (!row) throw conflict('journalExists');
      await audit({ action: 'journal.created', targetType: 'journal', targetId: row.id });
      return { journal: described(row, 0) };
    },
  });

  route.put('/api/organisations/:orgId/journal/keys', {
    permission: 'journal.own',
    summary: 'A new passphrase: the data key wrapped anew in your browser',
    description: 'Send the `version` you last saw; a stale version gets 409 and nothing changes.',
    body: journalKeyChangeSchema,
    response: journalSchema,
    handler: async ({ audit, tx, orgId, body: { version, ...material }, member }) => {
      const journal = await getOwnJournal(tx, orgId, member.membership.id);
      const saved = await updateJournalKeys(tx, journal, version, material);
      if (!saved) throw conflict('journalChanged');
      await audit({ action: 'journal.keyChanged', targetType: 'journal', targetId: journal.id });
      return { journal: described(saved, await countEntries(tx, journal)) };
    },
  });

  route.delete('/api/organisations/:orgId/journal', {
    permission: 'journal.own',
    summary: 'Delete your journal and every entry in it, at once',
    handler: async ({ audit, tx, orgId, member }) => {
      const journal = await getOwnJournal(tx, orgId, member.membership.id);
      await deleteJournal(tx, journal);
      await audit({ action: 'journal.deleted', targetType: 'journal', targetId: journal.id });
    },
  });
});
