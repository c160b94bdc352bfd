/** The operations module: retention, the disk guard and rate-limit counters (no routes of its own). */
export { type DiskGuard, default as diskGuardPlugin, guardJobs } from './disk-guard.ts';
export { defaultRetention, enforceRetention, type RetentionPeriods, retentionQueue } from './retention.ts';
