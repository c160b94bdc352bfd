import type { FastifyInstance } from 'fastify';
import startRoutes from './routes.ts';

/** The start page ("Wat moet ik doen?"): each member's open work, read from the other modules. */
export default async function start(app: FastifyInstance) {
  await app.register(startRoutes);
}
