/** All tables, one file per module; drizzle-kit reads this file to generate migrations. */
export * from '../modules/framework/table.ts';
