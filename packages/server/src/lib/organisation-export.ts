import type { Tx } from '../db/tenant.ts';

export type Cell = string | number | boolean | null;
export type ExportTable = { name: string; rows: Array<Record<string, Cell>> };

const text = (value: unknown): Cell => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
};
/** Rows as export cells: dates as ISO text, anything structured as JSON. */
export const plain = (rows: ReadonlyArray<Record<string, unknown>>) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, text(value)])));

/**
 * One module's share of the organisation's full export (modules/organisation-data). A module
 * exports its exporter from its index.ts and app.ts lists it in `organisationExporters`; every
 * format (JSON, XLSX, CSV) then carries its tables.
 */
export type OrganisationExporter = (
  tx: Tx,
  orgId: string,
  options: { withFiles: boolean },
) => Promise<ExportTable[]>;
