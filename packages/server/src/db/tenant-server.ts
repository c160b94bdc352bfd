import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db } from './client.ts';
import { type TenantTransactions, type Tx, tenantSettings } from './tenant.ts';

type SessionArgs = ConstructorParameters<typeof NodePgSession>;
/** What a drizzle database holds that a transaction of our own needs (drizzle-orm 0.45's fields). */
type Parts = { dialect: SessionArgs[1]; session: { schema: SessionArgs[2]; options: SessionArgs[3] } };

/**
 * Tenant transactions on a PostgreSQL server: BEGIN and the tenant settings go to the server as one
 * message (the simple protocol takes several statements), so a tenant transaction costs one round
 * trip less than drizzle's own, which sends BEGIN alone. Otherwise it is drizzle's transaction:
 * its session and transaction classes on a connection of the pool, COMMIT or ROLLBACK, release.
 */
export function serverTenantTransactions(pool: pg.Pool, db: Db): TenantTransactions {
  const { dialect, session } = db as unknown as Parts;
  return async (orgId, work) => {
    const settings = tenantSettings(orgId);
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      const txSession = new NodePgSession(client, dialect, session.schema, session.options);
      const tx = new NodePgTransaction(dialect, txSession, session.schema) as unknown as Tx;
      await client.query(`begin; ${settings}`);
      try {
        const result = await work(tx);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch((rollbackFailed: Error) => {
          // A connection that cannot even roll back is not given to the next request.
          broken = rollbackFailed;
        });
        throw error;
      }
    } finally {
      client.release(broken);
    }
  };
}
