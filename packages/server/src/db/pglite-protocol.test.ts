import * as pglite from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteTransactions } from './pglite-protocol.ts';

describe('transactions in few calls into PGlite', () => {
  const client = new pglite.PGlite();
  const transaction = pgliteTransactions(client, pglite);

  beforeAll(async () => {
    await client.exec(`create table things (
      id int primary key, name text, at timestamptz, data jsonb, file bytea, ok boolean)`);
  });
  afterAll(() => client.close());

  it('answers as PGlite does, for plain parameters and for those that need its serializers', async () => {
    const at = new Date('2026-12-07T10:00:00Z');
    const file = new Uint8Array([0, 1, 254, 255]);
    const insert = 'insert into things values ($1, $2, $3, $4, $5, $6) returning *';
    const ours = await transaction('BEGIN', (tx) => tx.query(insert, [1, 'één', at, { a: [1] }, file, true]));
    const theirs = await client.transaction((tx) => tx.query(insert, [2, 'één', at, { a: [1] }, file, true]));
    expect(ours.rows).toEqual([{ ...(theirs.rows[0] as object), id: 1 }]);
    expect(ours.rows).toEqual([{ id: 1, name: 'één', at, data: { a: [1] }, file, ok: true }]);
    const plain = await transaction('BEGIN', (tx) => tx.query('select $1::int + $2::int as sum', [20, 22]));
    expect(plain.rows).toEqual([{ sum: 42 }]);
  });

  it('runs what `begin` sets for the transaction only', async () => {
    const inside = await transaction("BEGIN; select set_config('app.probe', 'x', true)", (tx) =>
      tx.query("select current_setting('app.probe', true) as probe"),
    );
    expect(inside.rows).toEqual([{ probe: 'x' }]);
    const after = await client.query("select coalesce(current_setting('app.probe', true), '') as probe");
    expect(after.rows).toEqual([{ probe: '' }]);
  });

  it('rolls back all of it when the work throws, also after a refused statement', async () => {
    await expect(
      transaction('BEGIN', async (tx) => {
        await tx.query('insert into things (id, name) values ($1, $2)', [10, 'kept?']);
        await tx.query('insert into things (id, at) values ($1, $2)', [10, new Date()]);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    await expect(
      transaction('BEGIN', async (tx) => {
        await tx.query('insert into things (id, name) values ($1, $2)', [11, 'kept?']);
        await tx.query('select * from nowhere where at = $1', [new Date()]);
      }),
    ).rejects.toMatchObject({ code: '42P01' });
    const left = await client.query('select id from things where id in (10, 11)');
    expect(left.rows).toEqual([]);
    // The connection is usable again, in and outside a transaction.
    const next = await transaction('BEGIN', (tx) => tx.query('select 1 as one'));
    expect(next.rows).toEqual([{ one: 1 }]);
  });

  it('prepares a statement again after it failed, and runs it once prepared', async () => {
    const insert = 'insert into things (id, name) values ($1, $2)';
    for (const attempt of [1, 2])
      await expect(
        transaction('BEGIN', (tx) =>
          tx.query(insert, [40, `first ${attempt}`]).then(() => tx.query(insert, [40, 'again'])),
        ),
      ).rejects.toMatchObject({ code: '23505' });
    await expect(
      transaction('BEGIN', (tx) => tx.query('select nonsense from nowhere where id = $1', [1])),
    ).rejects.toMatchObject({ code: '42P01' });
    await transaction('BEGIN', (tx) => tx.query(insert, [40, 'at last']));
    await transaction('BEGIN', (tx) => tx.query(insert, [41, 'and once more']));
    const rows = await client.query('select id, name from things where id in (40, 41) order by id');
    expect(rows.rows).toEqual([
      { id: 40, name: 'at last' },
      { id: 41, name: 'and once more' },
    ]);
  });

  it('gives back what work without queries returns', async () => {
    await expect(transaction('BEGIN', async () => 'nothing asked')).resolves.toBe('nothing asked');
    const next = await transaction('BEGIN', (tx) => tx.query('select 2 as two'));
    expect(next.rows).toEqual([{ two: 2 }]);
  });

  it('reports a transaction that PostgreSQL rolled back at COMMIT', async () => {
    await expect(
      transaction('BEGIN', async (tx) => {
        await tx.query('insert into things (id) values ($1)', [20]);
        await tx.exec('select 1/0').catch(() => 'swallowed by the work');
      }),
    ).rejects.toBeInstanceOf(pglite.TransactionAbortedError);
    expect((await client.query('select id from things where id = 20')).rows).toEqual([]);
  });

  it('lets nothing else in while a transaction runs', async () => {
    const order: string[] = [];
    await Promise.all([
      transaction('BEGIN', async (tx) => {
        await tx.query('insert into things (id, name) values ($1, $2)', [30, 'first']);
        order.push('transaction');
      }),
      client.query('select count(*) from things where id = 30').then(({ rows }) => {
        order.push(`query saw ${JSON.stringify(rows)}`);
      }),
    ]);
    expect(order).toEqual(['transaction', 'query saw [{"count":1}]']);
  });
});
