import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  buildTestApp,
  queryRows,
  randomClientAddress,
  seedNetworkAdmin,
  sessionFor,
  type TestApp,
  testDatabases,
} from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';
import { defaultRetention, enforceRetention } from './retention.ts';

describe.each(testDatabases)('operations on $name', ({ target }) => {
  const metricsToken = 'a-metrics-token-for-tests';
  const s = organisationSuite(target, { app: { config: { metricsToken } } });

  it('is ready while the database answers and every migration has run', async () => {
    const res = await s.t.app.inject({ method: 'GET', url: '/api/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ready',
      database: 'up',
      migrations: 'current',
      disk: 'notWatched',
    });
  });

  it('serves metrics only with the bearer token, labelled by route pattern, never by id', async () => {
    const session = await s.sessionFor(s.org.members.coordinator.id);
    await s.t.app.inject({
      method: 'GET',
      url: `/api/organisations/${s.org.id}/members`,
      headers: { cookie: session.cookie },
    });
    expect((await s.t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const wrong = await s.t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer not-the-right-token-at-all' },
    });
    expect(wrong.statusCode).toBe(401);
    const res = await s.t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${metricsToken}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('http_requests_total{method="GET",route="/api/organisations/:orgId/members"');
    expect(res.body).toContain('http_request_duration_seconds_bucket');
    expect(res.body).toContain('jobs_queue_depth{queue="mail"} 0');
    expect(res.body).not.toContain(s.org.id);
    expect(res.body).not.toContain(s.org.members.coordinator.email);
  });

  it('has no metrics endpoint without a token', async () => {
    const other = await buildTestApp(target);
    // The request falls through to the web app (not built in tests): no metrics in any case.
    const res = await other.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer x' },
    });
    expect(res.statusCode).not.toBe(200);
    expect(res.body).not.toContain('http_requests_total');
    await other.close();
  });

  it('counts rate limits in PostgreSQL on a server, shared by a second instance; in memory on PGlite', async () => {
    const shared = s.t.database.kind === 'postgres';
    const config = { respondRateLimitPerMinute: 3 };
    // Instances share SECRET_KEY, as they must (the counters' keys are HMACs under it).
    const secretKey = randomBytes(32);
    const first = await buildTestApp(target, { config, database: s.t.database, secretKey });
    const other = await buildTestApp(target, { config, database: s.t.database, secretKey });
    const remoteAddress = randomClientAddress();
    const open = (app: TestApp) =>
      app.app.inject({
        remoteAddress,
        method: 'POST',
        url: '/api/respond/open',
        payload: { token: 'x'.repeat(43) },
      });
    const statuses = [];
    for (const app of [first, other, first, other]) statuses.push((await open(app)).statusCode);
    expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
    // Shared: the fourth request is the second instance's second but the fourth in all.
    expect(statuses[3] === 429).toBe(shared);
    const rows = await queryRows(s.t.database, sql`select key from rate_limit_hits`);
    expect(rows.length > 0).toBe(shared);
    expect(rows.some((row) => String(row.key).includes(remoteAddress))).toBe(false);
    await other.close();
    await first.close();
  });

  it('removes what passed its retention period and keeps the rest', async () => {
    const user = s.org.members.expert.id;
    await s.t.database.db.execute(sql`
      insert into sessions (id_hash, user_id, is_fully_signed_in, csrf_token, expires_at)
      values (${`old-session-${s.org.id}`}, ${user}, true, 'x', now() - interval '3 days'),
             (${`new-session-${s.org.id}`}, ${user}, true, 'x', now() + interval '1 hour')`);
    await s.t.database.db.execute(sql`
      insert into audit_log (org_id, action, target_type, at)
      values (${s.org.id}, 'test.old', 'test', now() - interval '800 days'),
             (${s.org.id}, 'test.new', 'test', now())`);
    const removed = await enforceRetention(s.t.database.db, defaultRetention);
    expect(removed.sessions).toBeGreaterThanOrEqual(1);
    expect(removed.auditLog).toBeGreaterThanOrEqual(1);
    const sessionsLeft = await queryRows(
      s.t.database,
      sql`select id_hash from sessions where id_hash like ${`%-session-${s.org.id}`}`,
    );
    expect(sessionsLeft.map((row) => row.id_hash)).toEqual([`new-session-${s.org.id}`]);
    const auditLeft = await queryRows(
      s.t.database,
      sql`select action from audit_log where org_id = ${s.org.id} and target_type = 'test'`,
    );
    expect(auditLeft.map((row) => row.action)).toEqual(['test.new']);
    // The audit log still refuses deletes outside retention.
    await expect(
      s.t.database.db.execute(sql`delete from audit_log where org_id = ${s.org.id}`),
    ).rejects.toThrow();
  });

  it('answers 503 with a clear message while the database is gone', async () => {
    const other = await buildTestApp(target);
    const admin = await seedNetworkAdmin(other);
    const session = await sessionFor(other.app, admin.id);
    await other.database.close();
    // A request that needs the database (embedded mode answers a known session from memory).
    const res = await other.app.inject({
      method: 'GET',
      url: '/api/organisations',
      headers: { cookie: session.cookie, 'accept-language': 'nl' },
    });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toEqual({
      code: 'UNAVAILABLE',
      message:
        'De database is even niet bereikbaar. Er is niets opgeslagen. Probeer het over een minuut opnieuw.',
    });
    const ready = await other.app.inject({ method: 'GET', url: '/api/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ status: 'unavailable', database: 'down' });
    await other.app.close();
  }, 60_000);
});
