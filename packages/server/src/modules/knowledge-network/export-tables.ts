import { eq } from 'drizzle-orm';
import { type OrganisationExporter, plain } from '../../lib/organisation-export.ts';
import { knowledgeCopies, knowledgeNetworkMembers, sharedItems, sharedItemVersions } from './table.ts';

/** The kennisnetwerk: taking part, what the organisation shared (with its versions) and copied. */
export const knowledgeNetworkExporter: OrganisationExporter = async (tx, orgId, { withFiles }) => {
  const own = <T extends { orgId: string }>(rows: T[]) => rows.map(({ orgId: _orgId, ...rest }) => rest);
  const items = await tx.select().from(sharedItems).where(eq(sharedItems.orgId, orgId));
  const versions = await tx.select().from(sharedItemVersions).where(eq(sharedItemVersions.orgId, orgId));
  return [
    {
      name: 'knowledgeNetworkMembership',
      rows: plain(
        own(await tx.select().from(knowledgeNetworkMembers).where(eq(knowledgeNetworkMembers.orgId, orgId))),
      ),
    },
    { name: 'sharedItems', rows: plain(own(items).map(({ search: _search, ...rest }) => rest)) },
    {
      name: 'sharedItemVersions',
      // Files travel (as base64) only in the JSON export, as the roadmap's evidence does.
      rows: plain(
        own(versions).map(({ content, ...rest }) => ({
          ...rest,
          ...(withFiles && content ? { contentBase64: Buffer.from(content).toString('base64') } : {}),
        })),
      ),
    },
    {
      name: 'knowledgeCopies',
      rows: plain(own(await tx.select().from(knowledgeCopies).where(eq(knowledgeCopies.orgId, orgId)))),
    },
  ];
};
