import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, runAppToExit, startAppProcess } from './testing/index.ts';

/** Every file and folder under `dir` whose mode is not 0600 (files) or 0700 (folders). */
async function tooOpen(dir: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (target: string) => {
    const info = await stat(target);
    const wanted = info.isDirectory() ? 0o700 : 0o600;
    if ((info.mode & 0o777) !== wanted) found.push(`${target} ${(info.mode & 0o777).toString(8)}`);
    if (info.isDirectory()) for (const entry of await readdir(target)) await visit(path.join(target, entry));
  };
  await visit(dir);
  return found;
}

/** The real server in child processes on an embedded data folder (fault run: two instances, kill -9). */
describe('starting on an embedded data folder', { timeout: 180_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'derde-bron-start-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('lets one process at a time open the folder; a lock left by kill -9 does not block a restart', async () => {
    const DATA_DIR = path.join(dir, 'one-process');
    const SECRET_KEY = randomBytes(32).toString('base64');
    const first = await startAppProcess(undefined, { DATA_DIR, SECRET_KEY }, 120_000);
    try {
      const second = await runAppToExit({ DATA_DIR, SECRET_KEY, PORT: String(await freePort()) });
      expect(second.code).toBe(1);
      const lines = second.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('is in use by another process');
      expect(lines[0]).toContain(`pid ${first.pid}`);
    } finally {
      await first.kill();
    }
    const restarted = await startAppProcess(undefined, { DATA_DIR, SECRET_KEY }, 120_000);
    expect((await fetch(`${restarted.baseUrl}/api/ready`)).status).toBe(200);
    await restarted.stop();
  });

  it('makes the data folder 0700 and every file in it 0600, also files left open by a restore', async () => {
    const DATA_DIR = path.join(dir, 'permissions');
    await mkdir(DATA_DIR, { recursive: true });
    await chmod(DATA_DIR, 0o777);
    await writeFile(path.join(DATA_DIR, 'left-by-a-restore'), 'x', { mode: 0o666 });
    await chmod(path.join(DATA_DIR, 'left-by-a-restore'), 0o666);
    const app = await startAppProcess(undefined, { DATA_DIR, DISK_CHECK_SECONDS: '0.2' }, 120_000);
    try {
      // At start: the folder at once, the files left open before it too.
      expect((await stat(DATA_DIR)).mode & 0o777).toBe(0o700);
      expect((await stat(path.join(DATA_DIR, 'left-by-a-restore'))).mode & 0o777).toBe(0o600);
      // Written while it runs (the WAL, new tables' files): brought back to 0600 by the periodic check.
      await fetch(`${app.baseUrl}/api/auth/password-reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'iemand@test.example.org' }),
      });
      let open = await tooOpen(DATA_DIR);
      for (let i = 0; i < 100 && open.length > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        open = await tooOpen(DATA_DIR);
      }
      expect(open).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  it('refuses to start with a SECRET_KEY other than the one the database was made with, in one line', async () => {
    const DATA_DIR = path.join(dir, 'other-key');
    const app = await startAppProcess(
      undefined,
      { DATA_DIR, SECRET_KEY: randomBytes(32).toString('base64') },
      120_000,
    );
    await app.stop();
    const other = await runAppToExit({
      DATA_DIR,
      SECRET_KEY: randomBytes(32).toString('base64'),
      PORT: String(await freePort()),
    });
    expect(other.code).toBe(1);
    expect(other.stderr.trim().split('\n'), other.stderr).toHaveLength(1);
    expect(other.stderr).toContain('SECRET_KEY is not the key this database was made with');
  });

  it('prints no demo password when the start then fails (the port is taken)', async () => {
    const taken = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      const result = await runAppToExit({
        DATA_DIR: 'memory://',
        DEMO_DATA: 'true',
        HOST: '127.0.0.1',
        PORT: String(port),
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('EADDRINUSE');
      expect(result.stdout).not.toContain('@');
      expect(result.stdout).not.toContain('TOTP');
    } finally {
      taken.close();
    }
  });
});
