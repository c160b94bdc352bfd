import { execFile } from 'node:child_process';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { openDatabase } from './db/client.ts';
import { restrictDataDir } from './db/data-dir.ts';

const run = promisify(execFile);

export class BackupError extends Error {}

/** libpq's variables from a URL, so that no password shows in the process list. */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
    ...(u.searchParams.get('sslmode') ? { PGSSLMODE: u.searchParams.get('sslmode') ?? '' } : {}),
  };
}

async function tool(command: 'pg_dump' | 'pg_restore', args: string[], url: string) {
  try {
    await run(command, args, { env: libpqEnv(url), maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { code?: string; stderr?: string };
    if (e.code === 'ENOENT')
      throw new BackupError(
        `${command} not found: install PostgreSQL's client tools (apt-get install postgresql-client)`,
      );
    throw new BackupError(`${command} failed: ${(e.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`);
  }
}

/**
 * A backup of the whole database into one file. On a server: `pg_dump` in its custom format (the
 * app may keep running; the dump is one consistent snapshot). Embedded: PGlite's own dump of its
 * data folder, a gzipped tar; stop the app first, one process at a time may open that folder.
 */
export async function backupDatabase(target: { url: string } | { dataDir: string }, file: string) {
  if ('url' in target) {
    await tool('pg_dump', ['--format=custom', '--file', file], target.url);
    // The dump holds personal data: readable by its owner only, as the embedded one below.
    await chmod(file, 0o600);
    return;
  }
  // Through openDatabase: it takes the folder's lock, so a running app makes the backup refuse.
  const database = await openDatabase({ dataDir: target.dataDir });
  try {
    const dump = await database.dumpEmbedded?.();
    if (!dump) throw new BackupError('the embedded database cannot be dumped');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
  } finally {
    await database.close();
  }
}

/**
 * Restores a backup made by `backupDatabase`. On a server it replaces what is in the database
 * (`pg_restore --clean` in one transaction: all or nothing). Embedded, the data folder must be empty
 * or absent: move the old one aside first, so that nothing is overwritten by mistake.
 */
export async function restoreDatabase(target: { url: string } | { dataDir: string }, file: string) {
  if ('url' in target) {
    await tool(
      'pg_restore',
      [
        '--clean',
        '--if-exists',
        // Neither owners nor grants: a new server has none of this one's roles. The app's first
        // start makes its roles and grants their rights again (db/roles.ts).
        '--no-owner',
        '--no-acl',
        '--single-transaction',
        '--exit-on-error',
        '--dbname',
        libpqEnv(target.url).PGDATABASE ?? '',
        file,
      ],
      target.url,
    );
    return;
  }
  const existing = await readdir(target.dataDir).catch(() => []);
  if (existing.length > 0)
    throw new BackupError(`${target.dataDir} is not empty: move it aside, then restore into an empty folder`);
  const dump = new Blob([await readFile(file)]);
  const { PGlite } = await import('@electric-sql/pglite');
  const client = await PGlite.create({ dataDir: target.dataDir, loadDataDir: dump });
  await client.close();
  // The files came from an archive: readable by the app's user only, as at every start.
  await restrictDataDir(target.dataDir);
}
