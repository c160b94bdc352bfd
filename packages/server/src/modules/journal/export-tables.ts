import { count, eq } from 'drizzle-orm';
import { memberships, users } from '../../db/schema.ts';
import type { OrganisationExporter } from '../../lib/organisation-export.ts';
import { journalEntries, journals } from './table.ts';

/**
 * The journals' share of the organisation's export: per person only how many encrypted entries
 * she has. No ciphertext, no wrapped key, no day: the export cannot read a journal.
 */
export const journalExporter: OrganisationExporter = async (tx, orgId) => {
  const rows = await tx
    .select({ person: users.name, encryptedEntries: count(journalEntries.id) })
    .from(journals)
    .innerJoin(memberships, eq(memberships.id, journals.membershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(journalEntries, eq(journalEntries.journalId, journals.id))
    .where(eq(journals.orgId, orgId))
    .groupBy(journals.id, users.name)
    .orderBy(users.name);
  return [
    {
      name: 'journals',
      rows: rows.map((row) => ({
        person: row.person,
        encryptedEntries: row.encryptedEntries,
        note: `${row.person} has ${row.encryptedEntries} encrypted entries / heeft ${row.encryptedEntries} versleutelde stukken`,
      })),
    },
  ];
};
