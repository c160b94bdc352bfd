/** All tables, one file per module; drizzle-kit reads this file to generate migrations. */

export * from '../mail/table.ts';
export * from '../modules/audit/table.ts';
export * from '../modules/auth/table.ts';
export * from '../modules/framework/table.ts';
export * from '../modules/intervision/table.ts';
export * from '../modules/journal/table.ts';
export * from '../modules/knowledge-network/table.ts';
export * from '../modules/measurement/table.ts';
export * from '../modules/monitor/table.ts';
export * from '../modules/network/table.ts';
export * from '../modules/operations/table.ts';
export * from '../modules/organisations/table.ts';
export * from '../modules/registry/table.ts';
export * from '../modules/reports/table.ts';
export * from '../modules/roadmap/table.ts';
