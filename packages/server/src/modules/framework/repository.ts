import type { FrameworkContent } from '@derde-bron/domain';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { frameworkVersions } from './table.ts';

const summaryColumns = {
  id: frameworkVersions.id,
  version: frameworkVersions.version,
  publishedAt: frameworkVersions.publishedAt,
};

export function createFrameworkRepository(db: Db) {
  return {
    async listVersions() {
      return db.select(summaryColumns).from(frameworkVersions).orderBy(desc(frameworkVersions.version));
    },

    /** The number of the newest published version, or null before anything is published. */
    async getCurrentVersionNumber() {
      const [row] = await db
        .select({ version: frameworkVersions.version })
        .from(frameworkVersions)
        .orderBy(desc(frameworkVersions.version))
        .limit(1);
      return row?.version ?? null;
    },

    async getByVersion(version: number) {
      const [row] = await db
        .select({ ...summaryColumns, content: frameworkVersions.content })
        .from(frameworkVersions)
        .where(eq(frameworkVersions.version, version));
      return row ?? null;
    },

    /**
     * Brings a stored bundled version in line with the code's copy: its words are the same, but the
     * code may add metadata (which items are optional) or correct a mistranslation, marked in the file.
     */
    async refreshBundled(version: number, content: FrameworkContent) {
      // Written only when it differs, so an ordinary start rewrites nothing.
      await db
        .update(frameworkVersions)
        .set({ content })
        .where(
          and(
            eq(frameworkVersions.version, version),
            // A version the network admin published is never rewritten (the database refuses it too).
            eq(frameworkVersions.source, 'bundled'),
            sql`${frameworkVersions.content} <> ${JSON.stringify(content)}::jsonb`,
          ),
        );
    },

    /** Publishes a version once; publishing the same number again changes nothing. */
    async publish(version: number, publishedAt: Date, content: FrameworkContent) {
      await db.insert(frameworkVersions).values({ version, publishedAt, content }).onConflictDoNothing();
    },
  };
}

export type FrameworkRepository = ReturnType<typeof createFrameworkRepository>;
