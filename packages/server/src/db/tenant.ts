import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Runs `work` in a transaction that PostgreSQL itself limits to one organisation: the role without
 * privileges beyond row-level security, and the organisation id the policies compare with. Every
 * query inside still names the organisation too; this is the second line if one forgets.
 */
export function withTenant<T>(db: Db, orgId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // One round trip for both settings (`role` is a setting like any other; `true` = this transaction only).
    await tx.execute(
      sql`select set_config('role', 'derde_bron_app', true), set_config('app.org_id', ${orgId}, true)`,
    );
    return work(tx);
  });
}
