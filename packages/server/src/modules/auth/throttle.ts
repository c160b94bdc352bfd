import { inArray, sql } from 'drizzle-orm';
import { hashToken } from '../../crypto/tokens.ts';
import type { Db } from '../../db/client.ts';
import { authThrottle } from './table.ts';

/** Failures allowed before the back-off starts; after that each failure doubles the wait. */
const freeFailures = 5;
const maxBlockSeconds = 15 * 60;
/** A quiet hour forgets earlier failures. */
const forgetAfterSeconds = 60 * 60;

/** Keys are hashed: the table holds no e-mail or client address in the clear. */
export const throttleKey = (kind: 'email' | 'client', value: string) =>
  `${kind}:${hashToken(value.toLowerCase())}`;

/** Growing back-off on sign-in, reset and invitation attempts, shared by all app instances. */
export function createThrottle(db: Db) {
  return {
    /** Seconds to wait before another attempt, or 0. */
    async secondsToWait(keys: string[]): Promise<number> {
      const rows = await db.select().from(authThrottle).where(inArray(authThrottle.key, keys));
      const now = Date.now();
      const until = Math.max(0, ...rows.map((row) => row.blockedUntil?.getTime() ?? 0));
      return until > now ? Math.ceil((until - now) / 1000) : 0;
    },

    async recordFailure(keys: string[]) {
      for (const key of keys) {
        await db
          .insert(authThrottle)
          .values({ key, failures: 1 })
          .onConflictDoUpdate({
            target: authThrottle.key,
            set: {
              failures: sql`case when ${authThrottle.lastFailureAt} < now() - make_interval(secs => ${forgetAfterSeconds}) then 1 else ${authThrottle.failures} + 1 end`,
              lastFailureAt: sql`now()`,
            },
          });
        await db.execute(sql`
          update auth_throttle
          set blocked_until = case when failures > ${freeFailures}
            then now() + make_interval(secs => least(${maxBlockSeconds}, power(2, failures - ${freeFailures} - 1)))
            else null end
          where key = ${key}`);
      }
    },

    async clear(keys: string[]) {
      await db.delete(authThrottle).where(inArray(authThrottle.key, keys));
    },
  };
}

export type Throttle = ReturnType<typeof createThrottle>;
