import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from './crypto/tokens.ts';
import { createPgBossJobs } from './jobs/pg-boss-jobs.ts';
import {
  buildTestApp,
  createCapturingMailer,
  injectAs,
  injectFromOwnAddress,
  measurementClient,
  ownerRows,
  queryRows,
  type SeededOrganisation,
  seedTestOrganisation,
  sessionCookieFrom,
  sessionFor,
  sessionRequest,
  staffAnswers,
  type TestApp,
} from './testing/index.ts';
import { startAppProcess, startPrivatePostgres } from './testing/processes.ts';

/**
 * Fault tests: they need a PostgreSQL server (several processes on one database), so they run when
 * TEST_DATABASE_URL is set, as CI does. Every wait is bounded; everything stays on loopback.
 */
const servers = process.env.TEST_DATABASE_URL ? [{ url: process.env.TEST_DATABASE_URL }] : [];

async function waveWithLink(t: TestApp, org: SeededOrganisation) {
  const m = measurementClient(t.app, await sessionFor(t.app, org.members.coordinator.id), org.id);
  const waveId = await m.planWave({ kind: 'followUp', title: 'Storingstest' });
  // A group as large as a group may be: the load must not fill it.
  const { token } = await m.groupWithLink(waveId, { teamId: org.teams.a.id, headcount: 10_000 });
  return { waveId, token };
}

describe.each(servers)('faults on the PostgreSQL server', ({ url }) => {
  let t: TestApp;
  let org: SeededOrganisation;
  beforeAll(async () => {
    t = await buildTestApp({ url });
    org = await seedTestOrganisation(t);
  });
  afterAll(() => t.close());

  it('loses no acknowledged submission and stores none twice when the server is killed with -9', async () => {
    const { waveId, token } = await waveWithLink(t, org);
    const answers = staffAnswers(4);
    const env = { RESPOND_RATE_LIMIT_PER_MINUTE: '1000000' };
    const first = await startAppProcess(url, env);
    const submit = (baseUrl: string, submissionKey: string) =>
      fetch(`${baseUrl}/api/respond/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, submissionKey, answers }),
        signal: AbortSignal.timeout(10_000),
      });
    const sent: string[] = [];
    const acknowledged: string[] = [];
    let killed = false;
    const worker = async () => {
      while (!killed) {
        const key = randomUUID();
        sent.push(key);
        try {
          const res = await submit(first.baseUrl, key);
          if (res.status === 200 || res.status === 201) acknowledged.push(key);
          else if (!killed) throw new Error(`unexpected ${res.status}`);
        } catch (error) {
          if (!killed) throw error;
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    // Kill in the middle of the load, once some submissions went through.
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 10));
    killed = true;
    await first.kill();
    await Promise.all(workers);

    const stored = async () => {
      const rows = await queryRows(
        t.database,
        sql`select (select count(*) from responses where wave_id = ${waveId})::int as responses,
                   (select count(*) from submission_keys where wave_id = ${waveId})::int as keys`,
      );
      return rows[0] as { responses: number; keys: number };
    };
    const keyRows = await queryRows(
      t.database,
      sql`select key_hash from submission_keys where wave_id = ${waveId}`,
    );
    const storedKeys = new Set(keyRows.map((row) => String(row.key_hash)));
    // Every acknowledged submission is in the database.
    expect(acknowledged.every((key) => storedKeys.has(hashToken(key)))).toBe(true);
    const afterKill = await stored();
    expect(afterKill.responses).toBe(afterKill.keys);
    expect(afterKill.responses).toBeGreaterThanOrEqual(acknowledged.length);

    // A browser retries everything it sent (acknowledged or not) against a fresh instance: each
    // submission ends up stored exactly once.
    const second = await startAppProcess(url, env);
    try {
      for (let start = 0; start < sent.length; start += 20) {
        const statuses = await Promise.all(
          sent.slice(start, start + 20).map(async (key) => (await submit(second.baseUrl, key)).status),
        );
        expect(statuses.every((status) => status === 200 || status === 201)).toBe(true);
      }
    } finally {
      await second.stop();
    }
    const final = await stored();
    expect(final).toEqual({ responses: sent.length, keys: sent.length });
  }, 120_000);

  it('stops gracefully under load: answers what it took on, exits 0, and what it acknowledged is stored', async () => {
    const { waveId, token } = await waveWithLink(t, org);
    const app = await startAppProcess(url, { RESPOND_RATE_LIMIT_PER_MINUTE: '1000000' });
    const acknowledged: string[] = [];
    const statuses = new Set<number>();
    let stopping = false;
    const worker = async () => {
      while (!stopping) {
        const key = randomUUID();
        try {
          const res = await fetch(`${app.baseUrl}/api/respond/submit`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ token, submissionKey: key, answers: staffAnswers(2) }),
            signal: AbortSignal.timeout(10_000),
          });
          statuses.add(res.status);
          if (res.ok) acknowledged.push(key);
        } catch {
          // Refused once the listener closed: a browser would retry with the same key.
          return;
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    while (acknowledged.length < 20) await new Promise((resolve) => setTimeout(resolve, 10));
    const exited = new Promise<number | null>((resolve) => app.child.once('exit', (code) => resolve(code)));
    app.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    stopping = true;
    await Promise.all(workers);
    expect([...statuses].every((status) => status === 200 || status === 201 || status === 503)).toBe(true);
    const keyRows = await queryRows(
      t.database,
      sql`select key_hash from submission_keys where wave_id = ${waveId}`,
    );
    const storedKeys = new Set(keyRows.map((row) => String(row.key_hash)));
    expect(acknowledged.every((key) => storedKeys.has(hashToken(key)))).toBe(true);
  }, 90_000);

  it('shares sign-ins between two instances, and runs each job once whichever instance takes it', async () => {
    const one = await buildTestApp({ url });
    const two = await buildTestApp({ url });
    try {
      const { email, password } = org.members.expert;
      const signIn = await injectFromOwnAddress(one.app, {
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password },
      });
      expect(signIn.statusCode).toBe(200);
      const onTwo = await sessionRequest(two.app, sessionCookieFrom(signIn));
      expect(onTwo.statusCode).toBe(200);
      expect(onTwo.json().user.email).toBe(email);
    } finally {
      await one.close();
      await two.close();
    }

    // Mail leaves through pg-boss: an invitation made on one instance is mailed once, by either.
    // (Every instance has the same SECRET_KEY: the queued mail is sealed with it.)
    const secretKey = randomBytes(32);
    const mailboxes = [createCapturingMailer(), createCapturingMailer()];
    const queued = await Promise.all(
      mailboxes.map(async (mailer) => {
        const jobs = await createPgBossJobs({ connectionString: url, pollingIntervalSeconds: 0.5 });
        return buildTestApp({ url }, { jobs, mailer, secretKey });
      }),
    );
    try {
      const invitee = `wachtrij.${randomUUID().slice(0, 8)}@test.example.org`;
      const admin = await sessionFor(queued[0]?.app as TestApp['app'], org.members.org_admin.id);
      const invited = await injectAs(queued[0]?.app as TestApp['app'], admin, {
        method: 'POST',
        url: `/api/organisations/${org.id}/invitations`,
        payload: { email: invitee, role: 'expert' },
      });
      expect(invited.statusCode).toBe(201);
      const mailsTo = () => mailboxes.flatMap((box) => box.sent).filter((mail) => mail.to === invitee);
      const until = Date.now() + 30_000;
      while (mailsTo().length === 0 && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 50));
      // Give a second delivery, if there were to be one, the time to happen.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(mailsTo()).toHaveLength(1);
      // The queue's table holds only the outbox row's id: no address, not even sealed.
      const jobs = await ownerRows(
        t.database,
        sql`select data::text as data from pgboss.job where name = 'mail'`,
      );
      expect(jobs.some((job) => String(job.data).includes(invitee))).toBe(false);
    } finally {
      for (const app of queued) await app.close();
    }

    const queue = `fault-test-${randomUUID().slice(0, 8)}`;
    const instances = await Promise.all([
      createPgBossJobs({ connectionString: url, pollingIntervalSeconds: 0.5 }),
      createPgBossJobs({ connectionString: url, pollingIntervalSeconds: 0.5 }),
    ]);
    const runs: Array<{ id: number; instance: number }> = [];
    try {
      for (const [instance, jobs] of instances.entries())
        await jobs.work(queue, async (data) => {
          runs.push({ id: Number(data.id), instance });
          await new Promise((resolve) => setTimeout(resolve, 5));
        });
      const ids = Array.from({ length: 40 }, (_, i) => i);
      for (const id of ids) await instances[id % 2]?.send(queue, { id });
      const until = Date.now() + 30_000;
      while (runs.length < ids.length && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 50));
      await instances[0]?.idle();
      expect(runs.map((run) => run.id).sort((a, b) => a - b)).toEqual(ids);
    } finally {
      await Promise.all(instances.map((jobs) => jobs.stop()));
    }
  }, 90_000);
});

describe.each(servers)('a private PostgreSQL server restarted under load', () => {
  let pg: Awaited<ReturnType<typeof startPrivatePostgres>>;
  let t: TestApp;
  let org: SeededOrganisation;
  // initdb, migrations on a new database and five password hashes: slow on a busy 2-core machine.
  beforeAll(async () => {
    pg = await startPrivatePostgres();
    t = await buildTestApp({ url: pg.url });
    org = await seedTestOrganisation(t);
  }, 180_000);
  afterAll(async () => {
    // Bounded: the private server goes whatever the app's close does.
    await Promise.race([t?.close(), new Promise((resolve) => setTimeout(resolve, 30_000))]);
    await pg.destroy();
  }, 120_000);

  it('answers 503 while the database is down and recovers by itself, without a restart', async () => {
    {
      const coordinator = await sessionFor(t.app, org.members.coordinator.id);
      const statuses: number[] = [];
      let phase: 'before' | 'down' | 'after' = 'before';
      const seen = { before: new Set<number>(), down: new Set<number>(), after: new Set<number>() };
      let running = true;
      const load = async () => {
        while (running) {
          const startedIn = phase;
          const res = await injectAs(t.app, coordinator, {
            method: 'GET',
            url: `/api/organisations/${org.id}/members`,
          });
          statuses.push(res.statusCode);
          // Answered wholly before the stop, started after recovery, or somewhere in between.
          const bucket =
            startedIn === 'before' && phase === 'before'
              ? 'before'
              : startedIn === 'after'
                ? 'after'
                : 'down';
          seen[bucket].add(res.statusCode);
          if (res.statusCode === 503) expect(res.json().code).toBe('UNAVAILABLE');
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      };
      const loaders = Array.from({ length: 4 }, load);
      // Some answers before the stop (bounded: the loop below gives up after 30 s).
      const warmUntil = Date.now() + 30_000;
      while (seen.before.size === 0 && Date.now() < warmUntil)
        await new Promise((resolve) => setTimeout(resolve, 20));
      phase = 'down';
      await pg.stop('fast');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await pg.start();
      // Recovery: within a bounded time every request succeeds again, on the same app.
      const until = Date.now() + 30_000;
      let lastOk = 0;
      while (Date.now() < until) {
        const res = await injectAs(t.app, coordinator, {
          method: 'GET',
          url: `/api/organisations/${org.id}/members`,
        });
        lastOk = res.statusCode === 200 ? lastOk + 1 : 0;
        if (lastOk >= 5) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      phase = 'after';
      await new Promise((resolve) => setTimeout(resolve, 300));
      running = false;
      await Promise.all(loaders);
      expect(lastOk).toBeGreaterThanOrEqual(5);
      expect([...seen.before]).toEqual([200]);
      expect(seen.down.has(503)).toBe(true);
      expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
      expect([...seen.after]).toEqual([200]);
      const ready = await t.app.inject({ method: 'GET', url: '/api/ready' });
      expect(ready.statusCode).toBe(200);
    }
  }, 180_000);
});
