import type { FastifyInstance } from 'fastify';
import overviewRoutes from './overview-routes.ts';
import roundRoutes from './round-routes.ts';
import teamRoutes from './team-routes.ts';

/**
 * The implementatiemonitor: the organisation's named implementation team scores each step and item
 * of the framework at the begin and end of a cycle, with reasons; not anonymous, not a survey.
 */
export default async function monitor(app: FastifyInstance) {
  await app.register(overviewRoutes);
  await app.register(teamRoutes);
  await app.register(roundRoutes);
}

export { monitorExporter } from './export-tables.ts';
export { loadMonitor } from './overview.ts';
