import { bundledFrameworks } from '@derde-bron/domain';
import type { Db } from '../../db/client.ts';
import { createFrameworkRepository } from './repository.ts';

/**
 * Stores the framework versions that ship with the code, so a new database starts with the guide.
 * A published version never changes, so only versions the database lacks are sent: a start does not
 * send the whole guide only to have it refused as already there. A stored bundled version is
 * refreshed from the code (see refreshBundled).
 */
export async function publishBundledFrameworks(db: Db): Promise<void> {
  const frameworks = createFrameworkRepository(db);
  const stored = new Set((await frameworks.listVersions()).map((row) => row.version));
  for (const { version, publishedOn, content } of bundledFrameworks) {
    if (stored.has(version)) {
      // Cheap: one update per bundled version at start, so older databases get the `optional` marks.
      await frameworks.refreshBundled(version, content);
      continue;
    }
    await frameworks.publish(version, new Date(`${publishedOn}T00:00:00Z`), content);
  }
}
