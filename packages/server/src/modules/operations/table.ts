import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Request counters of the per-route rate limits, shared by every app instance. The key is an HMAC
 * of the route and the client address under the secret key: no address can be worked back from it.
 * Expired rows are removed by the retention job.
 */
export const rateLimitHits = pgTable('rate_limit_hits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
});
