import type { FastifyInstance } from 'fastify';
import retentionRoutes from './retention-routes.ts';

/** The operations module: retention (and the periods the pages show), the disk guard, rate-limit counters. */
export default async function operations(app: FastifyInstance) {
  await app.register(retentionRoutes);
}
export { type DiskGuard, default as diskGuardPlugin, guardJobs } from './disk-guard.ts';
export { enforceRetention, retentionQueue } from './retention.ts';
export { defaultRetention, type RetentionPeriods } from './retention-periods.ts';
