import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';

type PgliteModule = typeof import('@electric-sql/pglite');

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
 * - PGlite runs a query with parameters as six calls into PostgreSQL (parse, describe the statement
 *   to learn the parameters' types, bind, describe, execute, sync). Inside a transaction, a query
 *   whose parameters are text, numbers, booleans or null goes as one call of all but the first
 *   describe: PostgreSQL infers the parameters' types itself, and those values read the same as
 *   text whatever type it infers. Any other query goes PGlite's own way.
 */
export function pgliteForDrizzle(client: PGlite, pglite: PgliteModule): PGlite {
  for (const oid of textTypes) client.parsers[oid] = (value: string) => value;
  const pipelined = pipelinedQuery(client, pglite);
  return forward(client, (text, params, options) => client.query(text, params, withoutParsers(options)), {
    transaction: <R>(work: (tx: Transaction) => Promise<R>) =>
      client.transaction((tx) =>
        work(
          forward(tx, (text, params, options) =>
            pipelinable(params)
              ? pipelined(text, params, withoutParsers(options))
              : tx.query(text, params, withoutParsers(options)),
          ),
        ),
      ),
  });
}

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

type Plain = string | number | bigint | boolean | null | undefined;
const isPlain = (value: unknown): value is Plain =>
  value === null || ['string', 'number', 'bigint', 'boolean', 'undefined'].includes(typeof value);

function pipelinable(params: unknown[] | undefined): params is Plain[] | undefined {
  return params === undefined || params.every(isPlain);
}

function pipelinedQuery(client: PGlite, { protocol, parse }: PgliteModule) {
  const { serialize } = protocol;
  return async (text: string, params: Plain[] = [], options?: QueryOptions): Promise<Results> => {
    const values = params.map((value) => (value === null || value === undefined ? null : String(value)));
    const parts = [
      serialize.parse({ text }),
      serialize.bind({ values }),
      serialize.describe({ type: 'P' }),
      serialize.execute({}),
      serialize.sync(),
    ];
    const message = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
    let at = 0;
    for (const part of parts) {
      message.set(part, at);
      at += part.length;
    }
    // In a transaction PGlite's own lock is held; this one keeps the calls of a query together.
    const messages = await client.runExclusive(() => client.execProtocolStream(message, { syncToFs: false }));
    return parse.parseResults(messages, client.parsers, options)[0] as Results;
  };
}
