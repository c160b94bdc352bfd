import type { FastifyInstance } from 'fastify';
import organisationDataRoutes from './routes.ts';

/** The organisation-data module: an organisation's full export and its deletion. */
export default async function organisationData(app: FastifyInstance) {
  await app.register(organisationDataRoutes);
}
