import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const serverMain = path.resolve(import.meta.dirname, '../main.ts');
/** The compiled server (`npm run build`), as production runs it. */
const compiledMain = path.resolve(import.meta.dirname, '../../dist/main.js');

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess | undefined, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** The SECRET_KEY of test processes unless a test gives its own. */
export const testProcessSecretKey = Buffer.alloc(32, 42).toString('base64');

export type AppProcess = {
  child: ChildProcess;
  baseUrl: string;
  /** What the server logged so far (its stdout). */
  log(): string;
  pid: number;
  /** kill -9: no clean-up of any kind. */
  kill(): Promise<void>;
  /** SIGTERM and wait (graceful shutdown). */
  stop(): Promise<void>;
};

/**
 * Starts the real server (`src/main.ts` through tsx, or with `compiled` the build's `dist/main.js`
 * as production runs it) as a child process on a free loopback port against the PostgreSQL server
 * at `databaseUrl`, and waits until `/api/ready` answers 200.
 */
export async function startAppProcess(
  /** A PostgreSQL server, or undefined for embedded PGlite in `env.DATA_DIR`. */
  databaseUrl: string | undefined,
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 60_000,
  { compiled = false }: { compiled?: boolean } = {},
): Promise<AppProcess> {
  const port = await freePort();
  const { DATABASE_URL: _inherited, ...inherited } = process.env;
  const child = spawn(process.execPath, compiled ? [compiledMain] : ['--import', 'tsx', serverMain], {
    env: {
      ...inherited,
      NODE_ENV: 'test',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      DATA_DIR: path.join(tmpdir(), 'derde-bron-process'),
      // One key for every test process: instances on one database must share it (the start
      // refuses another key than the database's, secret-key.ts).
      SECRET_KEY: testProcessSecretKey,
      WEB_DIST_DIR: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  // The log (stdout), the last 200 kB of it, for tests that read what the server logged.
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout = (stdout + chunk.toString()).slice(-200_000);
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  try {
    await waitFor(`${baseUrl}/api/ready`, child, timeoutMs);
  } catch (error) {
    await signal('SIGKILL');
    throw new Error(`${(error as Error).message}: ${stderr.trim()}`);
  }
  return {
    child,
    baseUrl,
    log: () => stdout,
    pid: child.pid as number,
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
  };
}

/** Runs the server to its end (a start that must fail): its exit code and what it printed. */
export async function runAppToExit(env: NodeJS.ProcessEnv, timeoutMs = 90_000) {
  const { DATABASE_URL: _inherited, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', serverMain], {
      env: {
        ...inherited,
        NODE_ENV: 'test',
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        WEB_DIST_DIR: '/nonexistent',
        ...env,
      },
      timeout: timeoutMs,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/**
 * A throw-away PostgreSQL server of our own (Debian's binaries) on a free loopback port, so that a
 * test may stop and start it without touching the shared one. PostgreSQL refuses to run as root:
 * as root, the server runs as the `postgres` user through `runuser`.
 */
export async function startPrivatePostgres(opts: { durable?: boolean } = {}) {
  const bin = process.env.PG_BIN_DIR ?? (await findPostgresBin());
  const dir = await mkdtemp(path.join(tmpdir(), 'derde-bron-pg-'));
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
    await chmod(dir, 0o700);
  }
  const pg = (command: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args])
      : run(path.join(bin, command), args);
  await pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  // Tests skip flushing to disk; a benchmark keeps it, as a real server would.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${opts.durable ? '' : ' -c fsync=off'}`;
  const start = () =>
    pg('pg_ctl', ['-D', dataDir, '-o', options, '-w', '-t', '30', '-l', path.join(dir, 'log'), 'start']);
  const stop = (mode: 'fast' | 'immediate' = 'fast') =>
    pg('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop']);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      await stop('immediate').catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function findPostgresBin(): Promise<string> {
  const { stdout } = await run('sh', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1']);
  const bin = stdout.trim();
  if (!bin) throw new Error('no PostgreSQL binaries in /usr/lib/postgresql (apt-get install postgresql)');
  return bin;
}
