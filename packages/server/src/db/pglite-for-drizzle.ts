import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';
import { type PgliteModule, pgliteTransactions } from './pglite-protocol.ts';

/**
 * The types drizzle's PGlite driver asks PGlite to leave as text, because drizzle maps them itself
 * (drizzle-orm 0.45, pglite/session.js): timestamps, intervals, dates and their arrays.
 */
const textTypes = [1114, 1184, 1186, 1082, 1231, 1115, 1185, 1187, 1182];

/**
 * PGlite as drizzle's client, with two costs of the request path taken away; the answers are the
 * same as PGlite's own.
 *
 * - drizzle passes its parsers with every query, and PGlite then copies its own hundreds of parsers
 *   (one per array type) to merge them in, query after query. The client is given them once and
 *   what drizzle sends reaches PGlite without them.
 * - Transactions cost as few calls into PostgreSQL as the protocol allows (pglite-protocol.ts).
 */
export function pgliteForDrizzle(client: PGlite, pglite: PgliteModule) {
  for (const oid of textTypes) client.parsers[oid] = (value: string) => value;
  const ownTransactions = pgliteTransactions(client, pglite);
  /** A transaction that begins with `begin` (BEGIN, and what the transaction needs set). */
  const transactions = <R>(begin: string, work: (tx: Transaction) => Promise<R>) =>
    ownTransactions(begin, (tx) =>
      work(forward(tx, (text, params, options) => tx.query(text, params, withoutParsers(options)))),
    );
  const forDrizzle = forward(
    client,
    (text, params, options) => client.query(text, params, withoutParsers(options)),
    { transaction: <R>(work: (tx: Transaction) => Promise<R>) => transactions('BEGIN', work) },
  );
  return { client: forDrizzle, transactions };
}

export type DrizzleTransactions = ReturnType<typeof pgliteForDrizzle>['transactions'];

type Query = (text: string, params?: unknown[], options?: QueryOptions) => Promise<Results>;

/** `target` with its `query` (and whatever else is given) replaced. */
function forward<T extends object>(target: T, query: Query, more: Record<string, unknown> = {}): T {
  return new Proxy(target, {
    get(object, key) {
      if (key === 'query') return query;
      if (typeof key === 'string' && key in more) return more[key];
      // PGlite keeps its state in private fields: its methods must run on the object itself.
      const value: unknown = Reflect.get(object, key, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}

const withoutParsers = (options?: QueryOptions) =>
  options?.parsers ? { ...options, parsers: undefined } : options;
