import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPasswordLink } from '../modules/auth/accounts.ts';
import {
  buildTestApp,
  ownDatabase,
  ownerRows,
  queryRows,
  type SeededOrganisation,
  seedTestOrganisation,
  sessionFor,
  type TestApp,
  testDatabases,
} from '../testing/index.ts';
import { type Tx, withTenant } from './tenant.ts';

const rowsOf = async (tx: Tx, query: ReturnType<typeof sql>) =>
  ((await tx.execute(query)) as unknown as { rows: Array<Record<string, unknown>> }).rows;

/** Each claim SECURITY.md makes about the database roles and row-level security (db/roles.ts). */
describe.each(testDatabases)('database roles on $name', ({ name, target }) => {
  let t: TestApp;
  let a: SeededOrganisation;
  let b: SeededOrganisation;
  beforeAll(async () => {
    t = await buildTestApp(target);
    a = await seedTestOrganisation(t, 'A');
    b = await seedTestOrganisation(t, 'B');
    // Something secret of B's to look for: a session and a password link.
    await sessionFor(t.app, b.members.expert.id);
    await createPasswordLink(t.database.db, b.members.expert.id, 60);
  });
  afterAll(() => t.close());

  it('serves requests as a role that is not the owner, no superuser and does not bypass row-level security', async () => {
    const [me] = await queryRows(
      t.database,
      sql`select current_user as who, r.rolsuper as super, r.rolbypassrls as bypass,
                 (select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user)::int as owns
          from pg_roles r where r.rolname = current_user`,
    );
    expect(String(me?.who)).toMatch(/_request$/);
    expect(me).toMatchObject({ super: false, bypass: false, owns: 0 });
  });

  it('cannot change a policy, a trigger or a table', async () => {
    const db = t.database.db;
    await expect(db.execute(sql`drop policy tenant_isolation on teams`)).rejects.toThrow();
    await expect(db.execute(sql`alter table teams disable row level security`)).rejects.toThrow();
    await expect(
      db.execute(sql`alter table audit_log disable trigger audit_log_append_only`),
    ).rejects.toThrow();
    await expect(db.execute(sql`create table sneaky (x int)`)).rejects.toThrow();
  });

  it('gives the tenant role only its own members, without password hash or TOTP secret', async () => {
    const ids = await withTenant(t.database.db, a.id, (tx) => rowsOf(tx, sql`select id from users`));
    const mine = Object.values(a.members).map((m) => m.id);
    expect(ids.map((row) => row.id).sort()).toEqual([...mine].sort());
    await expect(
      withTenant(t.database.db, a.id, (tx) => rowsOf(tx, sql`select password_hash from users`)),
    ).rejects.toThrow();
    await expect(
      withTenant(t.database.db, a.id, (tx) => rowsOf(tx, sql`select totp_secret from users`)),
    ).rejects.toThrow();
  });

  it('gives the tenant role no sessions, links, codes, counters or mail to read', async () => {
    for (const table of [
      'password_resets',
      'recovery_codes',
      'auth_throttle',
      'rate_limit_hits',
      'mail_outbox',
    ]) {
      await expect(
        withTenant(t.database.db, a.id, (tx) => rowsOf(tx, sql`select * from ${sql.identifier(table)}`)),
      ).rejects.toThrow();
    }
    await expect(
      withTenant(t.database.db, a.id, (tx) => rowsOf(tx, sql`select csrf_token from sessions`)),
    ).rejects.toThrow();
    // It may end its own members' sessions (by user), nobody else's.
    const users = await withTenant(t.database.db, a.id, (tx) =>
      rowsOf(tx, sql`select user_id from sessions`),
    );
    const mine = new Set(Object.values(a.members).map((m) => m.id));
    expect(users.every((row) => mine.has(String(row.user_id)))).toBe(true);
  });

  it('has no way back inside a tenant transaction: RESET ROLE still sees one organisation and no secrets', async () => {
    const seen = await withTenant(t.database.db, a.id, async (tx) => {
      await tx.execute(sql`reset role`);
      const [who] = await rowsOf(tx, sql`select current_user as who`);
      const [counts] = await rowsOf(
        tx,
        sql`select (select count(*) from teams where org_id = ${b.id})::int as other_teams,
                   (select count(*) from users where id = ${b.members.expert.id})::int as other_users,
                   (select count(*) from sessions where user_id = ${b.members.expert.id})::int as other_sessions,
                   (select count(*) from password_resets)::int as links,
                   (select count(*) from recovery_codes)::int as codes,
                   (select count(*) from mail_outbox)::int as mail`,
      );
      return { who: String(who?.who), ...counts };
    });
    expect(seen.who).toMatch(/_request$/);
    expect(seen).toMatchObject({
      other_teams: 0,
      other_users: 0,
      other_sessions: 0,
      links: 0,
      codes: 0,
      mail: 0,
    });
    if (name !== 'PGlite') {
      // On a server the login itself is the request role: neither SET ROLE nor SET SESSION
      // AUTHORIZATION leads to the owner. (Embedded PGlite's one connection is a superuser's; see SECURITY.md.)
      await expect(
        withTenant(t.database.db, a.id, (tx) => tx.execute(sql`set role derde_bron`)),
      ).rejects.toThrow();
      await expect(
        withTenant(t.database.db, a.id, (tx) => tx.execute(sql`set session authorization derde_bron`)),
      ).rejects.toThrow();
    }
  });

  it('lets the system’s work outside a tenant transaction see across organisations', async () => {
    const [counts] = await queryRows(
      t.database,
      sql`select count(distinct org_id)::int as orgs from teams where org_id in (${a.id}, ${b.id})`,
    );
    expect(counts?.orgs).toBe(2);
  });
});

const servers = process.env.TEST_DATABASE_URL ? [process.env.TEST_DATABASE_URL] : [];

describe.each(servers)('a database login without CREATEROLE', (url) => {
  it('is told which privilege is missing, in one line', async () => {
    const { default: pg } = await import('pg');
    const { openDatabase } = await import('./client.ts');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const suffix = Math.random().toString(36).slice(2, 8);
    const login = `derde_bron_norole_${suffix}`;
    try {
      await admin.query(`create role ${login} login password 'geheim'`);
      await admin.query(`grant ${login} to current_user`);
      await admin.query(`create database ${login} owner ${login}`);
      const u = new URL(url);
      u.username = login;
      u.password = 'geheim';
      u.pathname = `/${login}`;
      const database = await openDatabase({ url: u.toString() });
      try {
        await expect(database.migrate()).rejects.toThrow(/needs CREATEROLE/);
      } finally {
        await database.close();
      }
    } finally {
      await admin.query(`drop database if exists ${login} with (force)`).catch(() => {});
      await admin.query(`drop role if exists ${login}`).catch(() => {});
      await admin.end();
    }
  });
});

/** Instances start while others serve (and test files start apps while others run): no gap in rights. */
describe.each(testDatabases.filter((d) => 'url' in d.target))(
  'rights while another instance starts on $name',
  ({ target }) => {
    let t: TestApp;
    let a: SeededOrganisation;
    beforeAll(async () => {
      t = await buildTestApp(target);
      a = await seedTestOrganisation(t, 'Start');
    });
    afterAll(() => t.close());

    it('never leaves the tenant role without its rights on users while the roles are prepared again', async () => {
      let running = true;
      const failures: string[] = [];
      const reads = (async () => {
        while (running) {
          await withTenant(t.database.db, a.id, (tx) => rowsOf(tx, sql`select name from users`)).catch(
            (error: Error) => failures.push(error.message),
          );
        }
      })();
      // What a start does on a server when the roles must be prepared (new code or migrations):
      // migrations (none due) and the roles with all their rights.
      for (let i = 0; i < 10; i++) {
        await ownerRows(t.database, sql`delete from derde_bron_private.roles_prepared`);
        await t.database.migrate();
      }
      running = false;
      await reads;
      expect(failures).toEqual([]);
    });

    it('prepares the roles again only when the code or the migrations changed since they were', async () => {
      const own = await ownDatabase(target);
      const app = await buildTestApp(own.target);
      try {
        const org = await seedTestOrganisation(app, 'Eigen');
        const readTeams = () =>
          withTenant(app.database.db, org.id, (tx) => rowsOf(tx, sql`select id from teams`));
        expect(await readTeams()).toHaveLength(2);
        // Nothing changed: a start reads the prepared roles and grants nothing anew, so a right
        // taken away by hand stays away (this is what makes such a start quick).
        await ownerRows(app.database, sql`revoke select on teams from derde_bron_app`);
        await app.database.migrate();
        const refused = (await readTeams().catch((error: Error) => error)) as Error & { cause?: unknown };
        expect(refused.cause).toMatchObject({ code: '42501' });
        // Prepared by other code (or before other migrations): everything is prepared again.
        await ownerRows(
          app.database,
          sql`update derde_bron_private.roles_prepared set fingerprint = 'older'`,
        );
        await app.database.migrate();
        expect(await readTeams()).toHaveLength(2);
      } finally {
        await app.close();
        await own.drop();
      }
    });
  },
);
