import { randomBytes, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type FrameworkContent,
  frameworkV1,
  instrumentV1,
  itemsForPerspective,
  type LikertAnswer,
  type OrgRole,
  orgRoles,
  type Perspective,
  requiresTwoFactor,
} from '@derde-bron/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { generate } from 'otplib';
import pg from 'pg';
import { type AppConfig, buildApp } from '../app.ts';
import { createSecretBox } from '../crypto/secret-box.ts';
import { type Database, type DatabaseTarget, openDatabase } from '../db/client.ts';
import { createInProcessJobs, type Jobs } from '../jobs/jobs.ts';
import { createMailer, type Mail, type Mailer } from '../mail/mailer.ts';
import { publishBundledFrameworks } from '../modules/framework/publish-bundled.ts';
import { networkSnapshots } from '../modules/network/table.ts';
import type { DiskGuard } from '../modules/operations/disk-guard.ts';
import { defaultRetention } from '../modules/operations/retention.ts';
import { type SeededUser, seedMembership, seedOrganisation, seedUser } from '../seed/accounts.ts';
import type { TestSession } from './http.ts';
import { readTemplate } from './pglite-template.ts';

export type { DatabaseTarget } from '../db/client.ts';
export type { SeededUser } from '../seed/accounts.ts';

/**
 * The databases integration tests run against: embedded PGlite always, and the PostgreSQL server
 * named by TEST_DATABASE_URL when it is set (CI sets it), so every test proves both.
 */
// CI asks for the server pass (.ci/run sets REQUIRE_TEST_DATABASE): without it every integration
// test would quietly run on PGlite alone, so a lost TEST_DATABASE_URL stops the run here instead.
if (process.env.REQUIRE_TEST_DATABASE === '1' && !process.env.TEST_DATABASE_URL)
  throw new Error(
    'REQUIRE_TEST_DATABASE is set but TEST_DATABASE_URL is not: CI must also test on PostgreSQL',
  );

export const testDatabases: ReadonlyArray<{ name: string; target: DatabaseTarget }> = [
  { name: 'PGlite', target: { memory: true } },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: 'PostgreSQL server', target: { url: process.env.TEST_DATABASE_URL } }]
    : []),
];

/**
 * A database of its own, for a test that changes what every organisation shares (a published
 * framework version never goes away, so it would reach the other test files on the shared server):
 * on a server a new database beside the test database, dropped with its request role afterwards;
 * PGlite is in memory anyway.
 */
export async function ownDatabase(
  target: DatabaseTarget,
): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  if (!('url' in target)) return { target, drop: async () => {} };
  const name = `derde_bron_own_${randomUUID().slice(0, 8)}`;
  const own = new URL(target.url);
  own.pathname = `/${name}`;
  const run = async (statement: string) => {
    const admin = new pg.Client({ connectionString: target.url });
    await admin.connect();
    try {
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  return {
    target: { url: own.toString() },
    async drop() {
      // A connection of the request role may still be closing: the test's login, made a member of
      // that role, ends it, and DROP DATABASE waits (up to 5 s) for it to go. Not DROP … WITH
      // (FORCE): that refuses outright while an autovacuum worker is busy in the database (a worker
      // belongs to no role), where a plain DROP stops the worker itself.
      await run(`DO $$ BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = '${name}_request') THEN
          GRANT ${name}_request TO CURRENT_USER;
        END IF;
      END $$`);
      await run(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = '${name}' AND usename = '${name}_request'`);
      await run(`DROP DATABASE IF EXISTS ${name}`);
      await run(`DROP ROLE IF EXISTS ${name}_request`);
    },
  };
}

/**
 * Framework version 2 as the tests and the bench draft it from `base` (version 1 unless told): the
 * vision renamed (same key), a client council added to step 1, the job structure removed.
 */
export function frameworkVersionTwo(
  base: FrameworkContent = frameworkV1,
  visionTitle = { nl: 'Visie en missie', en: 'Vision and mission' },
): FrameworkContent {
  const next = structuredClone(base);
  for (const step of next.steps) {
    step.items = step.items.filter((item) => item.key !== 'jobStructure');
    for (const item of step.items) if (item.key === 'vision') item.title = visionTitle;
  }
  next.steps[0]?.items.push({
    key: 'clientCouncil',
    number: 9,
    title: { nl: 'Cliëntenraad', en: 'Client council' },
    text: { nl: 'Betrek de cliëntenraad.', en: 'Involve the client council.' },
  });
  return next;
}

const silentLog = { info: () => {}, error: () => {}, warn: () => {} } as unknown as FastifyBaseLogger;

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    env: 'test',
    webDistDir: '/nonexistent',
    logLevel: 'silent',
    publicUrl: 'http://localhost:3000',
    session: { idleMinutes: 30, maxHours: 12 },
    smtpUrl: undefined,
    mailFrom: 'Derde Bron <test@derde-bron.invalid>',
    respondRateLimitPerMinute: 120,
    trustProxy: false,
    metricsToken: undefined,
    retention: defaultRetention,
    outboxDir: path.join(tmpdir(), 'derde-bron-test-outbox'),
    ...overrides,
  };
}

/** A mailer that keeps what it was asked to send, for tests that read their mail. */
export function createCapturingMailer(): Mailer & { sent: Mail[] } {
  const sent: Mail[] = [];
  return { sent, send: async (mail) => void sent.push(mail) };
}

/**
 * The first mail that matches, waiting for it: a reset mail is queued after the answer (a known
 * address must not answer slower), so it may arrive a moment later. Gives up after 10 s.
 */
export async function waitForMail(mails: Mail[], match: (mail: Mail) => boolean): Promise<Mail> {
  for (let i = 0; i < 200; i++) {
    const found = mails.find(match);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the mail did not arrive');
}

/** A migrated database with the bundled framework and an app on it, without a listening socket. */
export async function buildTestApp(
  target: DatabaseTarget,
  opts: {
    webDistDir?: string;
    config?: Partial<AppConfig>;
    mailer?: Mailer;
    /** The job queue; by default an in-process runner that runs each job inside `send`. */
    jobs?: Jobs;
    /** Log as in production, at this level, into this stream (tests that read the log). */
    log?: { level: AppConfig['logLevel']; stream: { write(line: string): void } };
    /** The server's secret key; instances that share a job queue need the same one. */
    secretKey?: Buffer;
    /** A second app instance on the same database (left open when this app closes). */
    database?: Database;
    /** Adds routes for a test before the app is sealed. */
    extend?: (app: FastifyInstance) => void;
    /** Watches free disk space as in embedded mode (modules/operations/disk-guard.ts). */
    diskGuard?: DiskGuard;
  } = {},
) {
  const shared = opts.database;
  const template = !shared && 'memory' in target ? await readTemplate() : undefined;
  const database = shared ?? (await openDatabase(template ? { memory: true, from: template } : target));
  if (!shared) {
    await database.migrate();
    await publishBundledFrameworks(database.db);
  }
  const secretKey = opts.secretKey ?? randomBytes(32);
  const capturing = createCapturingMailer();
  const app = await buildApp({
    config: testConfig({
      ...(opts.webDistDir ? { webDistDir: opts.webDistDir } : {}),
      ...(opts.log ? { logLevel: opts.log.level } : {}),
      ...opts.config,
    }),
    database,
    mailer: opts.mailer ?? capturing,
    jobs: opts.jobs ?? createInProcessJobs({ inline: true }),
    secretKey,
    ...(opts.log ? { logStream: opts.log.stream } : { logger: false }),
    ...(opts.diskGuard ? { diskGuard: opts.diskGuard } : {}),
  });
  opts.extend?.(app);
  await app.ready();
  return {
    app,
    database,
    secretBox: createSecretBox(secretKey),
    /** Mail sent through the capturing mailer (empty when the test passed its own). */
    mails: capturing.sent,
    async close() {
      await app.close();
      if (!shared) await database.close();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof buildTestApp>>;

/** Names and addresses unique per call, so tests can share one database (also across runs). */
export const uniqueSuffix = () => randomUUID().slice(0, 8);

export type SeededMember = SeededUser & { membershipId: string; role: OrgRole; teamId: string | null };
export type SeededOrganisation = Awaited<ReturnType<typeof seedTestOrganisation>>;

/** An organisation with two teams and one member per role; admins have two-step verification on. */
export async function seedTestOrganisation(t: Pick<TestApp, 'database' | 'secretBox'>, label = 'Opvang') {
  const suffix = uniqueSuffix();
  const organisation = await seedOrganisation(t.database.db, `${label} ${suffix}`, ['Team A', 'Team B']);
  const [teamA, teamB] = organisation.teams;
  if (!teamA || !teamB) throw new Error('teams not made');
  const members = {} as Record<OrgRole, SeededMember>;
  for (const role of orgRoles) {
    const user = await seedUser(t.database.db, t.secretBox, {
      email: `${role}.${suffix}@test.example.org`,
      name: `${role} ${suffix}`,
      password: `correct horse battery ${suffix}`,
      withTwoFactor: requiresTwoFactor({ isNetworkAdmin: false, role }),
    });
    const teamId = role === 'team_manager' ? teamA.id : null;
    const membership = await seedMembership(t.database.db, organisation.id, user.id, role, teamId);
    members[role] = { ...user, membershipId: membership.id, role, teamId };
  }
  return { id: organisation.id, name: organisation.name, teams: { a: teamA, b: teamB }, members };
}

/** The start of most test files: an app on `target`, one seeded organisation and its coordinator's session. */
export async function buildTestAppWithOrganisation(
  target: DatabaseTarget,
  opts: Parameters<typeof buildTestApp>[1] = {},
): Promise<{ t: TestApp; org: SeededOrganisation; coordinator: TestSession }> {
  const t = await buildTestApp(target, opts);
  const org = await seedTestOrganisation(t);
  return { t, org, coordinator: await sessionFor(t.app, org.members.coordinator.id) };
}

export async function seedNetworkAdmin(t: Pick<TestApp, 'database' | 'secretBox'>) {
  const suffix = uniqueSuffix();
  return seedUser(t.database.db, t.secretBox, {
    email: `network.${suffix}@test.example.org`,
    name: `Network admin ${suffix}`,
    password: `correct horse battery ${suffix}`,
    isNetworkAdmin: true,
    withTwoFactor: true,
  });
}

/** A fully signed-in session made directly, for tests about what a role may do (not about signing in). */
export async function sessionFor(app: FastifyInstance, userId: string): Promise<TestSession> {
  const { token } = await app.sessions.create(userId, true);
  const auth = await app.sessions.resolve(token);
  if (!auth) throw new Error('session not made');
  return { cookie: `__Host-derde_bron_session=${token}`, csrfToken: auth.session.csrfToken };
}

/** The cookie a response set, as a request header value. */
export function sessionCookieFrom(response: { cookies: Array<{ name: string; value: string }> }): string {
  const cookie = response.cookies.find((c) => c.name.endsWith('derde_bron_session'));
  if (!cookie) throw new Error('no session cookie set');
  return `${cookie.name}=${cookie.value}`;
}

/**
 * A current TOTP code. Codes of a step may be used once; `stepsAhead` gives the next step's code
 * (accepted within the allowed clock drift) for a second sign-in within the same 30 seconds.
 */
export const totpCode = (secret: string, stepsAhead = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });

export {
  daysFromToday,
  documentedOperation,
  injectAs,
  injectFromOwnAddress,
  type Method,
  type OrgClient,
  orgClient,
  randomClientAddress,
  sessionRequest,
  signInRequest,
  type TestSession,
} from './http.ts';
export { pdfText } from './pdf-text.ts';
export { linkTokenFromMail, startSmtpServer, type TestSmtpServer } from './smtp.ts';

/**
 * A listening server on an in-memory database (or `target`) for browser tests and benchmarks, in
 * their own process so that they can seed through the helpers above. Serves the built web app.
 */
export async function startTestServer(
  opts: { smtpUrl?: string; config?: Partial<AppConfig>; target?: DatabaseTarget } = {},
) {
  const webDistDir = path.resolve(import.meta.dirname, '../../../web/dist');
  const mailer = opts.smtpUrl
    ? createMailer({
        smtpUrl: opts.smtpUrl,
        from: 'Derde Bron <test@derde-bron.invalid>',
        outboxDir: '/nonexistent',
        log: silentLog,
      })
    : undefined;
  const t = await buildTestApp(opts.target ?? { memory: true }, {
    webDistDir,
    ...(mailer ? { mailer } : {}),
    ...(opts.config ? { config: opts.config } : {}),
  });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address() as { port: number };
  const baseURL = `http://127.0.0.1:${address.port}`;
  return { ...t, baseURL };
}

/** For benchmarks that fill tables directly. */
export { withTenant } from '../db/tenant.ts';
export { roadmapItemHistory } from '../modules/roadmap/table.ts';
/** Roadmaps and closed waves for the network figures (browser tests and benchmarks). */
export { seedOrganisation } from '../seed/accounts.ts';
export { seedClosedWave, seedNetworkShowcase, seedRoadmapProgress } from '../seed/network-data.ts';

/**
 * Raw rows of a query as the owner, for what the request role may not read (pg-boss's tables,
 * the roles' settings). Embedded, the owner is the same connection.
 */
export async function ownerRows(database: Pick<TestApp, 'database'>['database'], query: SQL) {
  const result = (await database.owner.execute(query)) as unknown as { rows: Array<Record<string, unknown>> };
  return result.rows;
}

/**
 * Every row an organisation has in the named tables, read as the owner (past row-level security),
 * as one text: for tests that search what is stored, as a database dump would hold it.
 */
export async function dumpOrganisationRows(
  database: Pick<TestApp, 'database'>['database'],
  orgId: string,
  tables: readonly string[],
): Promise<string> {
  const dumped: Record<string, unknown> = {};
  for (const table of tables)
    dumped[table] = await ownerRows(
      database,
      sql`select * from ${sql.identifier(table)} where org_id = ${orgId}`,
    );
  return JSON.stringify(dumped);
}

/** Raw rows of a query, for tests that inspect exactly what is stored (both drivers answer `.rows`). */
export async function queryRows(database: Pick<TestApp, 'database'>['database'], query: SQL) {
  const result = (await database.db.execute(query)) as unknown as { rows: Array<Record<string, unknown>> };
  return result.rows;
}
export { createSecretBox } from '../crypto/secret-box.ts';
export { createResponseSeal } from '../modules/measurement/sealed-responses.ts';

/** Starts a new period for the network figures: the next read takes a fresh monthly snapshot. */
export async function retakeNetworkSnapshot(database: Pick<TestApp, 'database'>['database']) {
  await database.db.delete(networkSnapshots);
}
export { storeSubmissions } from '../modules/measurement/submissions.ts';
export * as measurementTables from '../modules/measurement/table.ts';
export { type MeasurementClient, measurementClient, type Respondent, respondent } from './measurement.ts';

/** A complete, valid response of one perspective to instrument 1: every Likert item it gets answered `value`. */
export function perspectiveAnswers(
  perspective: Perspective,
  value: LikertAnswer = 3,
): Record<string, string | number> {
  const answers: Record<string, string | number> = {};
  for (const item of itemsForPerspective(instrumentV1.items, perspective))
    if (item.kind === 'likert') answers[item.key] = value;
  return answers;
}

/** A complete, valid staff response to instrument 1: every Likert item answered `value`, plus `extra`. */
export function staffAnswers(
  value: LikertAnswer = 3,
  extra: Record<string, string> = {},
): Record<string, string | number> {
  const answers: Record<string, string | number> = { ...extra };
  for (const item of itemsForPerspective(instrumentV1.items, 'staff'))
    if (item.kind === 'likert') answers[item.key] = value;
  return answers;
}
export * as knowledgeNetworkTables from '../modules/knowledge-network/table.ts';
export * as registryTables from '../modules/registry/table.ts';
export {
  type AppProcess,
  freePort,
  runAppToExit,
  startAppProcess,
  startPrivatePostgres,
} from './processes.ts';
