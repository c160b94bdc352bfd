import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from './crypto/secret-box.ts';
import { type DatabaseTarget, openDatabase } from './db/client.ts';
import { withTenant } from './db/tenant.ts';
import { checkSecretKey } from './secret-key.ts';
import { queryRows, startPrivatePostgres } from './testing/index.ts';

const run = promisify(execFile);
const tsx = new URL('../../../node_modules/.bin/tsx', import.meta.url).pathname;
const cli = new URL('./cli.ts', import.meta.url).pathname;

const { DATABASE_URL: _inheritedUrl, ...inherited } = process.env;
const runCli = (args: string[], env: NodeJS.ProcessEnv) =>
  run(tsx, [cli, ...args], { env: { ...inherited, NODE_ENV: 'test', ...env } });

async function withDatabase<T>(
  target: DatabaseTarget,
  work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
) {
  const database = await openDatabase(target);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

const addOrganisation = (target: DatabaseTarget, name: string) =>
  withDatabase(target, async (database) => {
    await database.migrate();
    await database.db.execute(sql`insert into organisations (name) values (${name})`);
  });

const organisationNames = (target: DatabaseTarget) =>
  withDatabase(target, async (database) => {
    // As the app would: its start prepares the roles (after a restore, on a new server too).
    await database.migrate();
    return (await queryRows(database, sql`select name from organisations order by name`)).map(
      (row) => row.name,
    );
  });

describe('npm run cli -- backup / restore, embedded', () => {
  it('restores a backup into an empty data folder, and refuses one that is not empty', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'backup-'));
    try {
      const dataDir = path.join(dir, 'data');
      const file = path.join(dir, 'derde-bron.tar.gz');
      await addOrganisation({ dataDir }, 'Opvang voor de back-up');
      const backup = await runCli(['backup', file], { DATA_DIR: dataDir, INIT_CWD: dir });
      expect(backup.stdout).toContain('written to');
      // The backup holds personal data: its owner alone may read it.
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      await addOrganisation({ dataDir }, 'Opvang na de back-up');

      const restoredDir = path.join(dir, 'restored');
      await runCli(['restore', file], { DATA_DIR: restoredDir, INIT_CWD: dir });
      expect(await organisationNames({ dataDir: restoredDir })).toEqual(['Opvang voor de back-up']);

      const refused = await runCli(['restore', file], { DATA_DIR: dataDir, INIT_CWD: dir }).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(refused).toMatchObject({ code: 1 });
      expect((refused as { stderr: string }).stderr).toContain('is not empty');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

const servers = process.env.TEST_DATABASE_URL ? [{ url: process.env.TEST_DATABASE_URL }] : [];

describe.each(servers)('npm run cli -- backup / restore, on the PostgreSQL server', ({ url }) => {
  it('restores a pg_dump backup into another database and over the changed original', async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const names = [
      `derde_bron_backup_${randomUUID().slice(0, 8)}`,
      `derde_bron_restore_${randomUUID().slice(0, 8)}`,
    ];
    const urlOf = (name: string) => {
      const u = new URL(url);
      u.pathname = `/${name}`;
      return u.toString();
    };
    const dir = await mkdtemp(path.join(tmpdir(), 'backup-'));
    try {
      for (const name of names) await admin.query(`create database ${name}`);
      const [source, copy] = names.map((name) => ({ url: urlOf(name) })) as [
        { url: string },
        { url: string },
      ];
      const file = path.join(dir, 'derde-bron.dump');
      await addOrganisation(source, 'Opvang voor de back-up');
      await runCli(['backup', file], { DATABASE_URL: source.url, INIT_CWD: dir });
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      await addOrganisation(source, 'Opvang na de back-up');

      await runCli(['restore', file], { DATABASE_URL: copy.url, INIT_CWD: dir });
      expect(await organisationNames(copy)).toEqual(['Opvang voor de back-up']);
      // The restored database works as the app's: its migrations are current and RLS is in place.
      await withDatabase(copy, async (database) => {
        await database.migrate();
        const policies = await queryRows(
          database,
          sql`select count(*)::int as n from pg_policies where policyname = 'tenant_isolation'`,
        );
        expect(Number(policies[0]?.n)).toBeGreaterThan(5);
      });

      await runCli(['restore', file], { DATABASE_URL: source.url, INIT_CWD: dir });
      expect(await organisationNames(source)).toEqual(['Opvang voor de back-up']);
    } finally {
      for (const name of names)
        await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await admin.end();
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe.each(servers)('a server backup restored on a new PostgreSQL server', ({ url }) => {
  it('restores into a fresh cluster that has none of our roles, and says so when SECRET_KEY differs', async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const sourceName = `derde_bron_move_${randomUUID().slice(0, 8)}`;
    const source = (() => {
      const u = new URL(url);
      u.pathname = `/${sourceName}`;
      return { url: u.toString() };
    })();
    const dir = await mkdtemp(path.join(tmpdir(), 'backup-'));
    const fresh = await startPrivatePostgres();
    const key = createSecretBox(Buffer.alloc(32, 1));
    try {
      await admin.query(`create database ${sourceName}`);
      await addOrganisation(source, 'Opvang die verhuist');
      await withDatabase(source, async (database) => {
        await database.migrate();
        await checkSecretKey(database.db, key);
      });
      const file = path.join(dir, 'derde-bron.dump');
      await runCli(['backup', file], { DATABASE_URL: source.url, INIT_CWD: dir });

      // The new server: a login that may make roles (CREATEROLE) but is no superuser, as in production.
      const superuser = new pg.Client({ connectionString: fresh.url });
      await superuser.connect();
      await superuser.query(`create role verhuisd login createrole password 'verhuisd'`);
      await superuser.query('create database derde_bron owner verhuisd');
      await superuser.end();
      const target = {
        url: fresh.url.replace('postgres@', 'verhuisd:verhuisd@').replace(/\/postgres$/, '/derde_bron'),
      };

      const restored = await runCli(['restore', file], { DATABASE_URL: target.url, INIT_CWD: dir });
      expect(restored.stdout).toContain('restored into');
      expect(await organisationNames(target)).toEqual(['Opvang die verhuist']);
      await withDatabase(target, async (database) => {
        await database.migrate();
        // The roles exist again, and a tenant transaction works.
        const [org] = await queryRows(database, sql`select id from organisations`);
        const teams = await withTenant(database.db, String(org?.id), (tx) =>
          tx.execute(sql`select count(*) from teams`),
        );
        expect(teams).toBeDefined();
        await expect(checkSecretKey(database.db, key)).resolves.toBeUndefined();
        await expect(checkSecretKey(database.db, createSecretBox(Buffer.alloc(32, 2)))).rejects.toThrow(
          /SECRET_KEY is not the key this database was made with/,
        );
      });
    } finally {
      await admin.query(`drop database if exists ${sourceName} with (force)`).catch(() => {});
      await admin.end();
      await fresh.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
