import type { FastifyInstance } from 'fastify';
import auditRoutes from './routes.ts';

/** The audit module: the append-only log and its page. Others record entries with `recordAudit`. */
export default async function audit(app: FastifyInstance) {
  await app.register(auditRoutes);
}

export { type AuditEntry, recordAudit } from './audit-log.ts';
