import type { FastifyInstance } from 'fastify';
import type { OrganisationExporter } from '../../lib/organisation-export.ts';
import organisationDataRoutes from './routes.ts';

/**
 * The organisation-data module: an organisation's full export and its deletion. The export holds
 * the organisation's own tables and those of the exporters app.ts gives it.
 */
export default async function organisationData(
  app: FastifyInstance,
  opts: { exporters: readonly OrganisationExporter[] },
) {
  await app.register(organisationDataRoutes, opts);
}
