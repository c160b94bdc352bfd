import type { FastifyInstance } from 'fastify';
import activityRoutes from './activity-routes.ts';
import formationRoutes from './formation-routes.ts';
import registryRoutes from './routes.ts';
import transferRoutes from './transfer-routes.ts';

/** The registry module: people, their logs, activities with reach, coverage, signals, import/export. */
export default async function registry(app: FastifyInstance) {
  await app.register(registryRoutes);
  await app.register(transferRoutes);
  await app.register(activityRoutes);
  await app.register(formationRoutes);
}

export { registryExporter } from './export-tables.ts';
export { formationOf } from './formation-repository.ts';
export { registryNetworkSection } from './network-section.ts';
export {
  coverageGroups,
  createLog,
  findPersonOfMembership,
  getPerson,
  getSettings,
  listActivities,
  listSignalFacts,
  registryFactsOf,
  removePeopleEndedBefore,
} from './repository.ts';
export { registryFactsSchema } from './schemas.ts';
