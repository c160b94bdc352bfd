import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, testDatabases } from '../testing/index.ts';
import { postgresRateLimitStore } from './rate-limit-store.ts';

type Count = { current: number; ttl: number };

describe.each(testDatabases)('rate-limit counters in PostgreSQL on $name', ({ target }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(target);
  });
  afterAll(() => t.close());

  it('gives each of the requests that arrive together its own count, in one window', async () => {
    const Store = postgresRateLimitStore(t.database.db, randomBytes(32));
    const store = new Store({ routeInfo: { method: 'POST', url: '/api/respond/submit' } });
    const hit = () =>
      new Promise<Count>((resolve, reject) =>
        store.incr(
          '203.0.113.7',
          (error, result) => (error ? reject(error) : resolve(result as Count)),
          60_000,
        ),
      );
    const together = await Promise.all([hit(), hit(), hit(), hit(), hit()]);
    expect(together.map((count) => count.current)).toEqual([1, 2, 3, 4, 5]);
    const later = await Promise.all([hit(), hit()]);
    expect(later.map((count) => count.current)).toEqual([6, 7]);
    for (const count of [...together, ...later]) {
      expect(count.ttl).toBeGreaterThan(0);
      expect(count.ttl).toBeLessThanOrEqual(60_000);
    }
  });

  it('counts another address, and another route, on its own', async () => {
    const Store = postgresRateLimitStore(t.database.db, randomBytes(32));
    const submit = new Store({ routeInfo: { method: 'POST', url: '/api/respond/submit' } });
    const open = submit.child({ routeInfo: { method: 'GET', url: '/api/respond/open' } });
    const hit = (store: InstanceType<typeof Store>, address: string) =>
      new Promise<number>((resolve, reject) =>
        store.incr(
          address,
          (error, result) => (error ? reject(error) : resolve(result?.current ?? 0)),
          60_000,
        ),
      );
    expect(
      await Promise.all([hit(submit, '203.0.113.8'), hit(submit, '203.0.113.9'), hit(open, '203.0.113.8')]),
    ).toEqual([1, 1, 1]);
  });
});
