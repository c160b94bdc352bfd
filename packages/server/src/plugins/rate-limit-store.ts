import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
type RouteParams = { routeInfo?: { method?: string | string[]; url?: string } };
// biome-ignore lint/suspicious/noExplicitAny: @fastify/rate-limit passes its merged route options
type AnyParams = any;

/**
 * A store for @fastify/rate-limit that keeps its counters in PostgreSQL, so that every app instance
 * counts the same requests (an in-memory store would give each instance its own allowance). The
 * requests of one key that arrive together are counted in one upsert (it starts a new window when
 * the old one is over): one statement per request made the counter's row the queue that all of a
 * busy address's requests waited in (an office behind one address, a bench on loopback), while
 * each request still gets its own exact count. The key is an HMAC of the route and client address
 * under the secret key: a plain hash of an IPv4 address is undone by trying all four billion, and
 * the database's operator must not tie a questionnaire's moment to an address.
 */
export function postgresRateLimitStore(db: Db, secretKey: Buffer) {
  const keyOf = (value: string) => createHmac('sha256', secretKey).update(value).digest('base64url');
  // Callbacks waiting for the next upsert of their key, gathered until the next turn of the event loop.
  const waiting = new Map<string, Callback[]>();

  function count(hashed: string, timeWindow: number) {
    const callbacks = waiting.get(hashed) ?? [];
    waiting.delete(hashed);
    const n = callbacks.length;
    db.execute(sql`
      insert into rate_limit_hits (key, hits, reset_at)
      values (${hashed}, ${n}, now() + make_interval(secs => ${timeWindow / 1000}))
      on conflict (key) do update set
        hits = case when rate_limit_hits.reset_at <= now() then ${n} else rate_limit_hits.hits + ${n} end,
        reset_at = case when rate_limit_hits.reset_at <= now() then excluded.reset_at
          else rate_limit_hits.reset_at end
      returning hits, greatest(0, extract(epoch from reset_at - now()) * 1000)::float8 as ttl`).then(
      (result) => {
        const row = (result as unknown as { rows: Array<{ hits: number; ttl: number }> }).rows[0];
        const total = Number(row?.hits ?? n);
        const ttl = Math.ceil(Number(row?.ttl ?? timeWindow));
        // The gathered requests counted one after another: the first of them saw total - n + 1.
        for (const [i, callback] of callbacks.entries()) callback(null, { current: total - n + i + 1, ttl });
      },
      (error: Error) => {
        for (const callback of callbacks) callback(error);
      },
    );
  }

  return class PostgresRateLimitStore {
    readonly prefix: string;
    constructor(params: AnyParams = {}) {
      const route = (params as RouteParams).routeInfo;
      this.prefix = route?.url ? `${[route.method].flat().join(',')} ${route.url}` : 'global';
    }

    incr(key: string, callback: Callback, timeWindow: number) {
      const hashed = keyOf(`${this.prefix}|${key}`);
      const callbacks = waiting.get(hashed);
      if (callbacks) callbacks.push(callback);
      else {
        waiting.set(hashed, [callback]);
        setImmediate(() => count(hashed, timeWindow));
      }
    }
    child(params: AnyParams) {
      return new PostgresRateLimitStore(params);
    }
  };
}
