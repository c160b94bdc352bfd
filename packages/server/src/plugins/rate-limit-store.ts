import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
type RouteParams = { routeInfo?: { method?: string | string[]; url?: string } };
// biome-ignore lint/suspicious/noExplicitAny: @fastify/rate-limit passes its merged route options
type AnyParams = any;

/**
 * A store for @fastify/rate-limit that keeps its counters in PostgreSQL, so that every app instance
 * counts the same requests (an in-memory store would give each instance its own allowance). One
 * upsert per request: it starts a new window when the old one is over. The key is an HMAC of the
 * route and client address under the secret key: a plain hash of an IPv4 address is undone by
 * trying all four billion, and the database's operator must not tie a questionnaire's moment to
 * an address.
 */
export function postgresRateLimitStore(db: Db, secretKey: Buffer) {
  const keyOf = (value: string) => createHmac('sha256', secretKey).update(value).digest('base64url');
  return class PostgresRateLimitStore {
    readonly prefix: string;
    constructor(params: AnyParams = {}) {
      const route = (params as RouteParams).routeInfo;
      this.prefix = route?.url ? `${[route.method].flat().join(',')} ${route.url}` : 'global';
    }

    incr(key: string, callback: Callback, timeWindow: number) {
      const hashed = keyOf(`${this.prefix}|${key}`);
      db.execute(sql`
        insert into rate_limit_hits (key, hits, reset_at)
        values (${hashed}, 1, now() + make_interval(secs => ${timeWindow / 1000}))
        on conflict (key) do update set
          hits = case when rate_limit_hits.reset_at <= now() then 1 else rate_limit_hits.hits + 1 end,
          reset_at = case when rate_limit_hits.reset_at <= now() then excluded.reset_at
            else rate_limit_hits.reset_at end
        returning hits, greatest(0, extract(epoch from reset_at - now()) * 1000)::float8 as ttl`).then(
        (result) => {
          const row = (result as unknown as { rows: Array<{ hits: number; ttl: number }> }).rows[0];
          callback(null, { current: Number(row?.hits ?? 1), ttl: Math.ceil(Number(row?.ttl ?? timeWindow)) });
        },
        (error: Error) => callback(error),
      );
    }

    child(params: AnyParams) {
      return new PostgresRateLimitStore(params);
    }
  };
}
