import { inArray, sql } from 'drizzle-orm';
import { hashToken } from '../../crypto/tokens.ts';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tenant.ts';
import { authThrottle } from './table.ts';

/**
 * What a key counts, and so how many failures it allows within an hour before the back-off starts
 * (then a wait of 5 s that each further failure doubles, up to 15 minutes):
 * - `pair`: one account from one client. Strict: this is what stops guessing a password.
 * - `email`: one account from anywhere. Much looser, so that someone elsewhere cannot lock a person
 *   out by failing on purpose; it still stops a guess spread over many addresses.
 * - `client`: one client address over all accounts (password spraying; an office shares an address).
 * - `mail`: reset mails to one address (a mail bomb), `second-factor`: codes of one signed-in account.
 */
const freeFailuresByKind = {
  pair: 5,
  email: 50,
  client: 20,
  mail: 5,
  'second-factor': 5,
} as const;
export type ThrottleKind = keyof typeof freeFailuresByKind;

const maxBlockSeconds = 15 * 60;
/** The first wait once the free failures are used; each further failure doubles it. */
const firstBlockSeconds = 5;
/** A quiet hour forgets earlier failures. */
const forgetAfterSeconds = 60 * 60;

/** Keys are hashed: the table holds no e-mail or client address in the clear. */
export const throttleKey = (kind: ThrottleKind, value: string) => `${kind}:${hashToken(value.toLowerCase())}`;

/** The key of one account tried from one client (see `pair` above). */
export const accountClientKey = (email: string, ip: string) => throttleKey('pair', `${email}\n${ip}`);

const freeFailuresOf = (key: string) =>
  freeFailuresByKind[key.slice(0, key.indexOf(':')) as ThrottleKind] ?? freeFailuresByKind.pair;

/** Seconds until `blockedUntil`, rounded up; 0 when it has passed. */
const secondsUntil = (until: number, now: number) => (until > now ? Math.ceil((until - now) / 1000) : 0);

/**
 * Growing back-off on sign-in, reset and invitation attempts, shared by all app instances.
 *
 * `attempt` is the one to use: it checks and counts in one transaction that holds the keys' rows
 * locked, so parallel requests take turns and each sees the count the previous one left. (Checking
 * first and counting after the password was verified let 30 parallel guesses all through.) Every
 * attempt counts as a failure until `clear` says it succeeded.
 */
export function createThrottle(db: Db) {
  async function lockRows(tx: Tx, keys: string[]) {
    await tx
      .insert(authThrottle)
      .values(keys.map((key) => ({ key, failures: 0 })))
      .onConflictDoNothing();
    // Locked in key order, so two requests over the same keys cannot wait for each other.
    return tx
      .select()
      .from(authThrottle)
      .where(inArray(authThrottle.key, keys))
      .orderBy(authThrottle.key)
      .for('update');
  }

  /** Counts one failure; true when the key now makes the next attempt wait. */
  async function countFailure(tx: Tx, key: string): Promise<boolean> {
    const free = freeFailuresOf(key);
    await tx.execute(sql`
      update auth_throttle
      set failures = case when last_failure_at < now() - make_interval(secs => ${forgetAfterSeconds})
                          then 1 else failures + 1 end,
          last_failure_at = now()
      where key = ${key}`);
    const [row] = await tx
      .update(authThrottle)
      .set({
        blockedUntil: sql`case when ${authThrottle.failures} > ${free}
          then now() + make_interval(secs => least(${maxBlockSeconds}, ${firstBlockSeconds} * power(2, ${authThrottle.failures} - ${free} - 1)))
          else null end`,
      })
      .where(sql`${authThrottle.key} = ${key}`)
      .returning({ blockedUntil: authThrottle.blockedUntil });
    return Boolean(row?.blockedUntil);
  }

  const sorted = (keys: string[]) => [...new Set(keys)].sort();

  return {
    /**
     * Takes one attempt for `keys`: `wait` 0 when it may go ahead (and it is counted as a failure
     * until `clear`), or the seconds to wait when any key is blocked (then nothing is counted).
     * `blocking` says that the attempt, if it fails, locks the key (an audit event).
     */
    async attempt(keys: string[]): Promise<{ wait: number; blocking: boolean }> {
      return db.transaction(async (tx) => {
        const rows = await lockRows(tx, sorted(keys));
        const now = Date.now();
        const wait = Math.max(0, ...rows.map((row) => secondsUntil(row.blockedUntil?.getTime() ?? 0, now)));
        if (wait > 0) return { wait, blocking: true };
        let blocking = false;
        for (const key of sorted(keys)) if (await countFailure(tx, key)) blocking = true;
        return { wait: 0, blocking };
      });
    },

    /**
     * Takes back the count of one attempt that succeeded, for keys whose other failures must stay
     * (a client address: someone spraying passwords must not wipe the count with an account of
     * their own).
     */
    async forgive(keys: string[]) {
      for (const key of sorted(keys)) {
        const free = freeFailuresOf(key);
        await db.execute(sql`
          update auth_throttle
          set failures = greatest(0, failures - 1),
              blocked_until = case when failures - 1 > ${free} then blocked_until else null end
          where key = ${key}`);
      }
    },

    async clear(keys: string[]) {
      await db.delete(authThrottle).where(inArray(authThrottle.key, keys));
    },
  };
}

export type Throttle = ReturnType<typeof createThrottle>;
