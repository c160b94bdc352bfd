import type { PGlite, QueryOptions, Transaction } from '@electric-sql/pglite';

/**
 * The types drizzle's PGlite driver asks PGlite to leave as text, because drizzle maps them itself
 * (drizzle-orm 0.45, pglite/session.js): timestamps, intervals, dates and their arrays.
 */
const textTypes = [1114, 1184, 1186, 1082, 1231, 1115, 1185, 1187, 1182];

type Queryable = Pick<PGlite, 'query'> | Transaction;

/**
 * drizzle passes those parsers with every query, and PGlite then copies its own hundreds of
 * parsers (one per array type) to merge them in, query after query: a tenth of a signed-in
 * request's time. Instead the client is given drizzle's parsers once (`readLikeDrizzle`), and what
 * drizzle sends reaches PGlite without them (this wrapper). The answers are the same.
 */
export function readLikeDrizzle(client: PGlite) {
  for (const oid of textTypes) client.parsers[oid] = (value: string) => value;
}

/** `target` for drizzle: each query without a `parsers` option, in transactions too. */
export function withoutQueryParsers<T extends Queryable>(target: T): T {
  return new Proxy(target, {
    get(object, key) {
      if (key === 'query')
        return (text: string, params?: unknown[], options?: QueryOptions) =>
          object.query(text, params, options?.parsers ? { ...options, parsers: undefined } : options);
      if (key === 'transaction' && 'transaction' in object)
        return <R>(work: (tx: Transaction) => Promise<R>) =>
          (object as PGlite).transaction((tx) => work(withoutQueryParsers(tx)));
      // PGlite keeps its state in private fields: its methods must run on the object itself.
      const value: unknown = Reflect.get(object, key, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}
