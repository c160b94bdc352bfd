import type { FastifyInstance } from 'fastify';
import entryRoutes from './entry-routes.ts';
import journalRoutes from './routes.ts';

/**
 * The reflection journal: per member, end-to-end encrypted in her browser. The server keeps the
 * data key only wrapped (under her passphrase and her recovery key) and entries only sealed and
 * padded, with the day. Nothing here can read an entry (SECURITY.md, "The reflection journal").
 */
export default async function journal(app: FastifyInstance) {
  await app.register(journalRoutes);
  await app.register(entryRoutes);
}

export { journalExporter } from './export-tables.ts';
