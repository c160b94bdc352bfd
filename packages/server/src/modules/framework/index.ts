import type { FastifyInstance } from 'fastify';
import frameworkRoutes from './routes.ts';

/** The framework module: the published versions of the guide. */
export default async function framework(app: FastifyInstance) {
  await app.register(frameworkRoutes);
}

export { publishBundledFrameworks } from './publish-bundled.ts';
