import type { FastifyInstance } from 'fastify';
import healthRoutes from './routes.ts';

/** The health module: liveness and readiness. */
export default async function health(app: FastifyInstance) {
  await app.register(healthRoutes);
}
