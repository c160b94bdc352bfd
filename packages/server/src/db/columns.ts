import { customType } from 'drizzle-orm/pg-core';

/** Binary content (evidence files, report PDFs), kept in PostgreSQL so that every instance has it. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
