import type { PgliteSession, PgliteTransaction } from 'drizzle-orm/pglite';
import type { Db } from './client.ts';
import type { DrizzleTransactions } from './pglite-for-drizzle.ts';
import { type TenantTransactions, type Tx, tenantSettings } from './tenant.ts';

type DrizzlePglite = { PgliteSession: typeof PgliteSession; PgliteTransaction: typeof PgliteTransaction };
type SessionArgs = ConstructorParameters<typeof PgliteSession>;
/** What a drizzle database holds that a transaction of our own needs (drizzle-orm 0.45's fields). */
type Parts = { dialect: SessionArgs[1]; session: { schema: SessionArgs[2]; options: SessionArgs[3] } };

/**
 * Tenant transactions on embedded PGlite: the tenant settings travel with BEGIN in one call into
 * PostgreSQL (pglite-protocol.ts). Otherwise it is drizzle's PGlite transaction: its session and
 * transaction classes. (drizzle-orm/pglite is passed in: it is loaded only in embedded mode.)
 */
export function embeddedTenantTransactions(
  transactions: DrizzleTransactions,
  db: Db,
  drizzle: DrizzlePglite,
): TenantTransactions {
  const { dialect, session } = db as unknown as Parts;
  return (orgId, work) =>
    transactions(`BEGIN; ${tenantSettings(orgId)}`, (pgliteTx) => {
      const txSession = new drizzle.PgliteSession(
        pgliteTx as unknown as SessionArgs[0],
        dialect,
        session.schema,
        session.options,
      );
      return work(new drizzle.PgliteTransaction(dialect, txSession, session.schema) as unknown as Tx);
    });
}
