import type { FastifyInstance } from 'fastify';
import draftRoutes from './draft-routes.ts';
import { createPublishedFrameworkCache } from './published-cache.ts';
import { createFrameworkRepository } from './repository.ts';
import frameworkRoutes, { serializeVersion } from './routes.ts';

/** The framework module: the published versions of the guide, and the network admin's drafts of the next. */
export default async function framework(app: FastifyInstance) {
  const frameworks = createFrameworkRepository(app.database.db);
  // One cache for both: publishing a draft makes the new version current here at once.
  const published = createPublishedFrameworkCache(frameworks, serializeVersion);
  await app.register(frameworkRoutes, { frameworks, published });
  await app.register(draftRoutes, { published });
}

export { publishBundledFrameworks } from './publish-bundled.ts';
export { frameworkDiffSchema } from './schemas.ts';
