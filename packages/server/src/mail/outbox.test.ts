import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailSweepQueue } from '../jobs/mail-job.ts';
import { createPgBossJobs } from '../jobs/pg-boss-jobs.ts';
import {
  buildTestApp,
  createCapturingMailer,
  injectAs,
  measurementClient,
  ownerRows,
  type SeededOrganisation,
  seedTestOrganisation,
  sessionFor,
  type TestApp,
  testDatabases,
  uniqueSuffix,
  waitForMail,
} from '../testing/index.ts';
import type { Mail, Mailer } from './mailer.ts';
import { maxMailAttempts } from './outbox.ts';
import { mailOutbox } from './table.ts';

const tokenIn = (text: string) => text.match(/#([A-Za-z0-9_-]{43})/)?.[1] ?? '';

/** A mail server that is down; its error quotes the address, as real ones do. */
function failingMailer(): Mailer & { tries: number } {
  const mailer = {
    tries: 0,
    async send(mail: Mail) {
      mailer.tries++;
      throw Object.assign(new Error(`550 mailbox ${mail.to} unavailable`), { code: 'EENVELOPE' });
    },
  };
  return mailer;
}

/** Makes every queued message due now, as if its back-off had passed. */
const makeDue = (t: TestApp, orgId: string) =>
  t.database.db.execute(
    sql`update mail_outbox set next_attempt_at = now() - interval '1 second' where org_id = ${orgId}`,
  );

/** The outbox rows of one organisation (tests on a server share the database). */
const outboxOf = (t: TestApp, orgId: string) =>
  t.database.db.select().from(mailOutbox).where(eq(mailOutbox.orgId, orgId));

describe.each(testDatabases)('mail that is not delivered on $name', ({ target }) => {
  let t: TestApp;
  let org: SeededOrganisation;
  const lines: string[] = [];
  const mailer = failingMailer();
  beforeAll(async () => {
    t = await buildTestApp(target, {
      mailer,
      log: { level: 'info', stream: { write: (line) => void lines.push(line) } },
    });
    org = await seedTestOrganisation(t);
  });
  afterAll(() => t.close());

  it('answers "queued", retries with back-off, logs each failure without the address, and tells the sender', async () => {
    const admin = await sessionFor(t.app, org.members.org_admin.id);
    const email = `niet.bezorgd.${uniqueSuffix()}@test.example.org`;
    const res = await injectAs(t.app, admin, {
      method: 'POST',
      url: `/api/organisations/${org.id}/invitations`,
      payload: { email, role: 'expert' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().mail).toBe('queued');
    expect(res.json()).not.toHaveProperty('invitationMailed');

    const [row] = await outboxOf(t, org.id);
    expect(row).toMatchObject({ state: 'queued', attempts: 1, lastError: 'EENVELOPE' });
    // The next try waits (one minute after the first failure), it is not dropped.
    expect(row?.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    const undelivered = await injectAs(t.app, admin, { method: 'GET', url: '/api/mail/undelivered' });
    expect(undelivered.json().mail).toEqual([
      expect.objectContaining({ purpose: 'invitation', state: 'queued', attempts: 1 }),
    ]);
    // Someone else in the organisation sees nothing of it.
    const other = await sessionFor(t.app, org.members.coordinator.id);
    expect(
      (await injectAs(t.app, other, { method: 'GET', url: '/api/mail/undelivered' })).json().mail,
    ).toEqual([]);

    // Tried again, many times, until it is given up on; each failure is one log line.
    for (let i = 1; i < maxMailAttempts; i++) {
      await makeDue(t, org.id);
      await t.app.jobs.send(mailSweepQueue, {});
    }
    const [given] = await outboxOf(t, org.id);
    expect(given).toMatchObject({ state: 'failed', attempts: maxMailAttempts, sealed: null });
    const log = lines.join('\n');
    // (On a server the sweep also tries other tests' mail: count this message's lines.)
    const ours = lines.filter((line) => line.includes(String(given?.id)));
    expect(ours.filter((line) => line.includes('mail not delivered: will try again'))).toHaveLength(
      maxMailAttempts - 1,
    );
    expect(ours.filter((line) => line.includes('mail given up'))).toHaveLength(1);
    expect(log).not.toContain(email);
    expect(log).not.toContain('niet.bezorgd');

    const failed = await injectAs(t.app, admin, { method: 'GET', url: '/api/mail/undelivered' });
    expect(failed.json().mail).toEqual([expect.objectContaining({ state: 'failed' })]);
    const dismissed = await injectAs(t.app, admin, {
      method: 'DELETE',
      url: `/api/mail/undelivered/${given?.id}`,
    });
    expect(dismissed.statusCode).toBe(204);
    expect(await outboxOf(t, org.id)).toEqual([]);
  });

  it('answers "queued" for questionnaire invitations, not "sent"', async () => {
    const m = measurementClient(t.app, await sessionFor(t.app, org.members.coordinator.id), org.id);
    const waveId = await m.planWave();
    const groupId = await m.declareGroup(waveId, { headcount: 5 });
    const res = await m.as('POST', `/waves/${waveId}/invitations`, {
      groupId,
      emails: ['een@test.example.org', 'twee@test.example.org'],
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ queued: 2 });
  });
});

/**
 * Every value in every row of the app's tables and pg-boss's: neither the token in the clear nor
 * sealed (anything that opens with the secret key is opened and searched too).
 */
async function databaseHolds(t: TestApp, token: string): Promise<string[]> {
  // As the owner: the request role may not read pg-boss's tables at all.
  const tables = await ownerRows(
    t.database,
    sql`select table_schema as s, table_name as n from information_schema.tables
        where table_schema in ('public', 'pgboss') and table_type = 'BASE TABLE'`,
  );
  const found: string[] = [];
  for (const { s, n } of tables) {
    const rows = await ownerRows(
      t.database,
      sql`select t::text as row from ${sql.identifier(String(s))}.${sql.identifier(String(n))} t`,
    );
    for (const { row } of rows) {
      const text = String(row);
      const opened = (text.match(/[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+/g) ?? []).map(
        (box) => {
          try {
            return t.secretBox.open(box);
          } catch {
            return '';
          }
        },
      );
      if (text.includes(token) || opened.some((plain) => plain.includes(token))) found.push(`${s}.${n}`);
    }
  }
  return found;
}

describe.each(testDatabases)('mail that was delivered on $name', ({ name, target }) => {
  let t: TestApp;
  let org: SeededOrganisation;
  const mailer = createCapturingMailer();
  let ownDatabase: string | undefined;
  beforeAll(async () => {
    let where = target;
    if ('url' in target) {
      // A database of its own: other test files' instances share pg-boss's queue on the test
      // database, and one of them (with another SECRET_KEY) could take this test's job.
      ownDatabase = `derde_bron_mail_${uniqueSuffix()}`;
      const admin = new pg.Client({ connectionString: target.url });
      await admin.connect();
      await admin.query(`create database ${ownDatabase}`);
      await admin.end();
      const u = new URL(target.url);
      u.pathname = `/${ownDatabase}`;
      where = { url: u.toString() };
    }
    // On a server the real job queue (pg-boss), whose tables keep finished jobs for a week.
    const jobs =
      'url' in where
        ? await createPgBossJobs({ connectionString: where.url, pollingIntervalSeconds: 0.5 })
        : undefined;
    t = await buildTestApp(where, { mailer, ...(jobs ? { jobs } : {}) });
    org = await seedTestOrganisation(t);
  });
  afterAll(async () => {
    await t.close();
    if (ownDatabase && 'url' in target) {
      const admin = new pg.Client({ connectionString: target.url });
      await admin.connect();
      await admin.query(`drop database if exists ${ownDatabase} with (force)`);
      await admin.end();
    }
  });

  it(`leaves no row or job in ${name} that holds the link's token, sealed or not`, async () => {
    const admin = await sessionFor(t.app, org.members.org_admin.id);
    const res = await injectAs(t.app, admin, {
      method: 'POST',
      url: `/api/organisations/${org.id}/invitations`,
      payload: { email: `bezorgd.${uniqueSuffix()}@test.example.org`, role: 'expert' },
    });
    expect(res.statusCode).toBe(201);
    await t.app.jobs.idle();
    const token = tokenIn(
      (await waitForMail(mailer.sent, (mail) => mail.subject.includes('Uitnodiging'))).text,
    );
    expect(token).toHaveLength(43);
    expect(await outboxOf(t, org.id)).toEqual([]);
    expect(await databaseHolds(t, token)).toEqual([]);
  });
});

describe('the embedded outbox across a restart', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'derde-bron-outbox-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps queued mail on disk and sends it after the restart', { timeout: 60_000 }, async () => {
    const target = { dataDir: path.join(dir, 'data') };
    const secretKey = Buffer.alloc(32, 7);
    const first = await buildTestApp(target, { mailer: failingMailer(), secretKey });
    const org = await seedTestOrganisation(first);
    const admin = await sessionFor(first.app, org.members.org_admin.id);
    await injectAs(first.app, admin, {
      method: 'POST',
      url: `/api/organisations/${org.id}/invitations`,
      payload: { email: `na.herstart.${uniqueSuffix()}@test.example.org`, role: 'expert' },
    });
    await first.close();

    const mailer = createCapturingMailer();
    const second = await buildTestApp(target, { mailer, secretKey });
    try {
      await makeDue(second, org.id);
      await second.app.jobs.send(mailSweepQueue, {});
      expect(mailer.sent).toHaveLength(1);
      expect(mailer.sent[0]?.subject).toContain('Uitnodiging');
      expect(await outboxOf(second, org.id)).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
