import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiskGuard } from './modules/operations/disk-guard.ts';
import { buildTestApp, startAppProcess } from './testing/index.ts';

const run = promisify(execFile);
const minFreeMb = 64;

/** Polls `url` until `accept` says yes (at most 60 s): the guard reads the disk every 200 ms. */
async function waitUntil(url: string, accept: (res: Response, body: Record<string, unknown>) => boolean) {
  for (let i = 0; i < 300; i++) {
    const res = await fetch(url);
    if (accept(res, (await res.json()) as Record<string, unknown>)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} never answered as expected`);
}

const postReset = (baseUrl: string) =>
  fetch(`${baseUrl}/api/auth/password-reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
    body: JSON.stringify({ email: 'iemand@test.example.org' }),
  });

/**
 * A full disk under embedded PGlite (fault run). On a small tmpfs where this machine lets us mount
 * one (root); otherwise the same app with the free space simulated.
 */
describe('a full disk in embedded mode', { timeout: 240_000 }, () => {
  let dir: string;
  let mounted = false;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'derde-bron-disk-'));
    mounted = await run('mount', ['-t', 'tmpfs', '-o', 'size=160m', 'tmpfs', dir]).then(
      () => true,
      () => false,
    );
  });
  afterAll(async () => {
    if (mounted) await run('umount', ['-l', dir]).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses writes with a clear 503 and goes on reading, says why in /api/ready, and recovers by itself', async () => {
    if (!mounted) {
      // No tmpfs here: the same app with the free space simulated.
      let free = 1024 ** 3;
      const lines: string[] = [];
      const guard = createDiskGuard({
        dir,
        minFreeBytes: minFreeMb * 1024 ** 2,
        intervalMs: 60_000,
        log: { warn: (_obj, msg) => void lines.push(msg), info: (_obj, msg) => void lines.push(msg) },
        freeBytesOf: async () => free,
      });
      const t = await buildTestApp({ memory: true }, { diskGuard: guard });
      try {
        const inject = (method: 'GET' | 'POST', url: string) =>
          t.app.inject({
            method,
            url,
            ...(method === 'POST' ? { payload: { email: 'iemand@test.example.org' } } : {}),
          });
        free = 40 * 1024 ** 2;
        await guard.check();
        const refused = await inject('POST', '/api/auth/password-reset');
        expect(refused.statusCode).toBe(503);
        expect(refused.headers['retry-after']).toBe('60');
        expect(refused.json().message).toContain('ruimte');
        expect((await inject('GET', '/api/ready')).json()).toMatchObject({ disk: 'low' });
        expect((await inject('GET', '/api/framework')).statusCode).toBe(200);
        expect(lines).toContain('disk nearly full: writes refused until space returns');
        free = 1024 ** 3;
        await guard.check();
        expect((await inject('POST', '/api/auth/password-reset')).statusCode).toBe(202);
      } finally {
        await t.close();
      }
      return;
    }
    const DATA_DIR = path.join(dir, 'data');
    const app = await startAppProcess(
      undefined,
      { DATA_DIR, DISK_FREE_MIN_MB: String(minFreeMb), DISK_CHECK_SECONDS: '0.2', LOG_LEVEL: 'info' },
      120_000,
    );
    try {
      expect((await postReset(app.baseUrl)).status).toBe(202);
      // Fill the disk until less than the minimum is free, but leave PGlite some room.
      const { bavail, bsize } = await statfs(dir);
      const ballast = path.join(dir, 'ballast');
      await writeFile(ballast, randomBytes(Math.max(0, bavail * bsize - 40 * 1024 ** 2)));
      await waitUntil(`${app.baseUrl}/api/ready`, (res, body) => res.status === 503 && body.disk === 'low');

      const refused = await postReset(app.baseUrl);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('60');
      expect(await refused.json()).toMatchObject({
        code: 'UNAVAILABLE',
        message: expect.stringContaining('ruimte'),
      });
      // Reads go on.
      expect((await fetch(`${app.baseUrl}/api/framework`)).status).toBe(200);
      expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
      expect(app.log()).toContain('disk nearly full: writes refused until space returns');
      expect(app.log()).toContain('write refused: disk nearly full');

      // Space returns: writes are taken again without a restart.
      await rm(ballast);
      await waitUntil(`${app.baseUrl}/api/ready`, (res, body) => res.status === 200 && body.disk === 'ok');
      expect((await postReset(app.baseUrl)).status).toBe(202);
    } finally {
      await app.stop();
    }
  });
});
