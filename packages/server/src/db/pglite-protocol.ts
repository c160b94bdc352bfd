import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';
import { PreparedStatements } from './pglite-statements.ts';

export type PgliteModule = typeof import('@electric-sql/pglite');

/** Enough for every query text of the app's request paths; each holds a plan in PGlite's memory. */
const statementLimit = 500;

type Send = (parts: Uint8Array[]) => ReturnType<PGlite['execProtocolStream']>;

/**
 * Transactions on PGlite that cost as few calls into PostgreSQL as the protocol allows; the answers
 * are the same as PGlite's own. Each call has a fixed cost, and PGlite's own transaction spends
 * two on each of BEGIN and COMMIT and up to six on a query with parameters (parse, describe the
 * statement to learn the parameters' types, bind, describe, execute, sync), parsing and planning
 * the query every time.
 *
 * - `begin` (BEGIN and whatever the transaction needs set) travels with the first query; COMMIT is
 *   one call. A transaction without queries costs none.
 * - A query whose parameters are text, numbers, booleans or null is one call, as a named prepared
 *   statement (pglite-statements.ts): PostgreSQL infers the parameters' types itself, and those
 *   values read the same as text whatever type it infers. Any other query is two calls: PGlite's
 *   serializers are chosen by the types PostgreSQL gives the parameters, as PGlite does.
 *
 * The transaction holds PGlite's transaction lock, as PGlite's own does, so nothing else runs in
 * between; each call holds its query lock.
 */
export function pgliteTransactions(
  client: PGlite,
  { protocol: { serialize }, parse, messages, TransactionAbortedError }: PgliteModule,
) {
  const call: Send = (parts) =>
    client.runExclusive(() => client.execProtocolStream(concat(parts), { syncToFs: false }));
  const statements = new PreparedStatements(statementLimit);

  /** Queries over `send`: the calls of one transaction. */
  const connection = (send: Send) => {
    const exec = async (text: string, options?: QueryOptions) =>
      parse.parseResults(await send([serialize.query(text), serialize.sync()]), client.parsers, options);

    const plainQuery = async (text: string, values: Array<string | null>) => {
      const { name, prepared, close } = statements.take(text);
      const answer = await send([
        ...(close === undefined ? [] : [serialize.close({ type: 'S', name: close })]),
        ...(prepared ? [] : [serialize.parse({ name, text })]),
        ...run({ statement: name, values }),
      ]).catch(async (error) => {
        // Whether it was prepared before the error is not known; closing an unknown one is no error.
        if (!prepared) await call([serialize.close({ type: 'S', name }), serialize.sync()]);
        throw error;
      });
      if (!prepared) statements.keep(text, name);
      return answer;
    };

    const typedQuery = async (text: string, params: unknown[], options?: QueryOptions) => {
      const parsed = serialize.parse({ text, types: options?.paramTypes });
      const described = await send([parsed, serialize.describe({ type: 'S' })]).catch(async (error) => {
        await call([serialize.sync()]);
        throw error;
      });
      const types = described.find((message) => message instanceof messages.ParameterDescriptionMessage);
      return call(
        run({ values: params.map((value, i) => serialized(client, value, types?.dataTypeIDs[i], options)) }),
      );
    };

    const query = async (text: string, params: unknown[] = [], options?: QueryOptions) => {
      const answer =
        params.every(isPlain) && options?.paramTypes === undefined
          ? await plainQuery(text, params.map(plainText))
          : await typedQuery(text, params, options);
      return parse.parseResults(answer, client.parsers, options)[0] as Results;
    };

    return { query, exec } as unknown as Transaction;
  };

  const run = (bind: { statement?: string; values: Array<string | null> }) => [
    serialize.bind(bind),
    serialize.describe({ type: 'P' }),
    serialize.execute({}),
    serialize.sync(),
  ];

  /** Runs `work` between `begin` and COMMIT (ROLLBACK when it throws). */
  return async <R>(begin: string, work: (tx: Transaction) => Promise<R>): Promise<R> =>
    client._runExclusiveTransaction(async () => {
      let begun = false;
      // The first call carries `begin`; its own answer (up to its ReadyForQuery) is left out.
      const send: Send = async (parts) => {
        if (begun) return call(parts);
        begun = true;
        const answer = await call([serialize.query(begin), ...parts]);
        return answer.slice(answer.findIndex((message) => message.name === 'readyForQuery') + 1);
      };
      let result: R;
      try {
        result = await work(connection(send));
      } catch (error) {
        if (begun) await call([serialize.query('ROLLBACK'), serialize.sync()]);
        throw error;
      }
      if (!begun) return result;
      const committed = await call([serialize.query('COMMIT'), serialize.sync()]);
      const [commit] = parse.parseResults(committed, client.parsers);
      await client.syncToFs();
      // PostgreSQL answers COMMIT of a failed transaction with ROLLBACK, not with an error.
      if (commit?.command === 'ROLLBACK') throw new TransactionAbortedError();
      return result;
    });
}

type Plain = string | number | bigint | boolean | null | undefined;
const isPlain = (value: unknown): value is Plain =>
  value == null || ['string', 'number', 'bigint', 'boolean'].includes(typeof value);

const plainText = (value: Plain) => (value == null ? null : String(value));

function serialized(client: PGlite, value: unknown, type: number | undefined, options?: QueryOptions) {
  if (value == null) return null;
  const serializer =
    type === undefined ? undefined : (options?.serializers?.[type] ?? client.serializers[type]);
  return serializer ? serializer(value) : String(value);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const message = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    message.set(part, at);
    at += part.length;
  }
  return message;
}
