import { journalKeyChangeSchema, journalSetupSchema } from '@derde-bron/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { orgParams } from '../../http/params.ts';
import { conflict } from '../../http-error.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import {
  countEntries,
  deleteJournal,
  findOwnJournal,
  getOwnJournal,
  insertJournal,
  updateJournalKeys,
} from './repository.ts';
import { journalSchema } from './schemas.ts';

const tags = ['journal'];
const access = { permission: 'journal.own' } as const;

/**
 * The caller's own journal: set it up, read its (wrapped) key material, choose a new passphrase,
 * or delete it. There is no route that takes another person's journal: each one starts from the
 * caller's own membership.
 */
const journalRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    '/api/organisations/:orgId/journal',
    {
      config: { access },
      schema: {
        summary: 'Your own journal’s wrapped keys and number of entries (null before set-up)',
        tags,
        params: orgParams,
        response: { 200: journalSchema, ...scopedErrorResponses },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      return withTenant(db, orgId, async (tx) => {
        const journal = await findOwnJournal(tx, orgId, request.member.membership.id);
        if (!journal) return { journal: null };
        const { salt, iterations, passphraseKey, recoveryKey, version } = journal;
        return {
          journal: {
            salt,
            iterations,
            passphraseKey,
            recoveryKey,
            version,
            entryCount: await countEntries(tx, journal),
          },
        };
      });
    },
  );

  app.post(
    '/api/organisations/:orgId/journal',
    {
      config: { access },
      schema: {
        summary: 'Set up your journal with the data key wrapped in your browser',
        description: 'Only wrapped keys and public parameters: the server refuses anything else.',
        tags,
        params: orgParams,
        body: journalSetupSchema,
        response: { 201: journalSchema, ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const { member } = request;
      const saved = await withTenant(db, orgId, async (tx) => {
        const row = await insertJournal(tx, { orgId, membershipId: member.membership.id, ...request.body });
        if (!row) throw conflict('journalExists');
        await recordAudit(tx, {
          orgId,
          actorUserId: member.user.id,
          action: 'journal.created',
          targetType: 'journal',
          targetId: row.id,
        });
        return row;
      });
      const { salt, iterations, passphraseKey, recoveryKey, version } = saved;
      return reply
        .code(201)
        .send({ journal: { salt, iterations, passphraseKey, recoveryKey, version, entryCount: 0 } });
    },
  );

  app.put(
    '/api/organisations/:orgId/journal/keys',
    {
      config: { access },
      schema: {
        summary: 'A new passphrase: the data key wrapped anew in your browser',
        description: 'Send the `version` you last saw; a stale version gets 409 and nothing changes.',
        tags,
        params: orgParams,
        body: journalKeyChangeSchema,
        response: { 200: journalSchema, ...scopedErrorResponses },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const { version, ...material } = request.body;
      return withTenant(db, orgId, async (tx) => {
        const journal = await getOwnJournal(tx, orgId, request.member.membership.id);
        const saved = await updateJournalKeys(tx, journal, version, material);
        if (!saved) throw conflict('journalChanged');
        await recordAudit(tx, {
          orgId,
          actorUserId: request.member.user.id,
          action: 'journal.keyChanged',
          targetType: 'journal',
          targetId: journal.id,
        });
        const { salt, iterations, passphraseKey, recoveryKey } = saved;
        return {
          journal: {
            salt,
            iterations,
            passphraseKey,
            recoveryKey,
            version: saved.version,
            entryCount: await countEntries(tx, journal),
          },
        };
      });
    },
  );

  app.delete(
    '/api/organisations/:orgId/journal',
    {
      config: { access },
      schema: {
        summary: 'Delete your journal and every entry in it, at once',
        tags,
        params: orgParams,
        response: { 204: z.null(), ...scopedErrorResponses },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      await withTenant(db, orgId, async (tx) => {
        const journal = await getOwnJournal(tx, orgId, request.member.membership.id);
        await deleteJournal(tx, journal);
        await recordAudit(tx, {
          orgId,
          actorUserId: request.member.user.id,
          action: 'journal.deleted',
          targetType: 'journal',
          targetId: journal.id,
        });
      });
      return reply.code(204).send(null);
    },
  );
};
export default journalRoutes;
