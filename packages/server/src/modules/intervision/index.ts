import type { FastifyInstance } from 'fastify';
import intervisionRoutes from './routes.ts';

/**
 * Structured intervisie and supervisie (guide, step 5.5): a coordinator schedules a session for a
 * group of registry people with a method; the group keeps only themes and agreements; finishing
 * writes each participant's registry log (attendance and duration).
 */
export default async function intervision(app: FastifyInstance) {
  await app.register(intervisionRoutes);
}

export { intervisionExporter } from './export-tables.ts';
