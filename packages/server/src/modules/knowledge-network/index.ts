import type { FastifyInstance } from 'fastify';
import linkRoutes from './links-routes.ts';
import knowledgeNetworkRoutes from './routes.ts';

/** The kennisnetwerk: members share documents and practices, find and copy them; the links library. */
export default async function knowledgeNetwork(app: FastifyInstance) {
  await app.register(knowledgeNetworkRoutes);
  await app.register(linkRoutes);
}

export { knowledgeNetworkExporter } from './export-tables.ts';
