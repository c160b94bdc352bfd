import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Begins a tenant transaction, runs `work` in it and ends it; one per database (see below). */
export type TenantTransactions = <T>(orgId: string, work: (tx: Tx) => Promise<T>) => Promise<T>;

const byDatabase = new WeakMap<Db, TenantTransactions>();

/** Each driver registers how it begins a tenant transaction cheaply (client.ts, embedded.ts). */
export function setTenantTransactions(db: Db, run: TenantTransactions) {
  byDatabase.set(db, run);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkedOrgId(orgId: string): string {
  if (!uuidPattern.test(orgId)) throw new Error('a tenant transaction needs an organisation id (a UUID)');
  return orgId;
}

/**
 * The statements that limit a transaction to one organisation: the role without privileges beyond
 * row-level security, and the organisation id the policies compare with (LOCAL: this transaction
 * only). SET, not `select set_config(…)`: PostgreSQL neither plans nor executes a query for it. The
 * id is written into the text so that it can travel with BEGIN in one message of the simple
 * protocol (no parameters); it must therefore be a UUID, and anything else is refused before it
 * reaches SQL.
 */
export function tenantSettings(orgId: string): string {
  return `SET LOCAL ROLE derde_bron_app; SET LOCAL app.org_id = '${checkedOrgId(orgId)}'`;
}

/**
 * Runs `work` in a transaction that PostgreSQL itself limits to one organisation. Every query
 * inside still names the organisation too; this is the second line if one forgets.
 */
export function withTenant<T>(db: Db, orgId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const run = byDatabase.get(db);
  if (run) return run(orgId, work);
  return db.transaction(async (tx) => {
    // A query through drizzle is one statement with parameters: the same settings as a select.
    await tx.execute(
      sql`select set_config('role', 'derde_bron_app', true), set_config('app.org_id', ${checkedOrgId(orgId)}, true)`,
    );
    return work(tx);
  });
}
