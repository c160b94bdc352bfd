import { bundledFrameworks } from '@derde-bron/domain';
import type { Db } from '../../db/client.ts';
import { createFrameworkRepository } from './repository.ts';

/** Stores the framework versions that ship with the code, so a new database starts with the guide. */
export async function publishBundledFrameworks(db: Db): Promise<void> {
  const frameworks = createFrameworkRepository(db);
  for (const { version, publishedOn, content } of bundledFrameworks) {
    await frameworks.publish(version, new Date(`${publishedOn}T00:00:00Z`), content);
  }
}
