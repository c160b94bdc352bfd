import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './testing/processes.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

let started: ChildProcess | undefined;
let dataDir: string | undefined;

afterEach(async () => {
  // The whole process group, so that a server left behind by a failing test does not keep its port.
  if (started?.pid) {
    try {
      process.kill(-started.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  started = undefined;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('npm start', { timeout: 180_000 }, () => {
  it('runs the compiled server, which stops when npm is sent SIGTERM: nothing is left holding the port', async () => {
    const port = await freePort();
    dataDir = await mkdtemp(path.join(tmpdir(), 'npm-start-'));
    const health = `http://127.0.0.1:${port}/api/health`;
    // Its own process group (for the clean-up above); the signal below goes to npm alone, as a
    // service manager or a terminal's `kill <pid>` sends it.
    started = spawn('npm', ['start'], {
      cwd: repoRoot,
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'warn' },
    });
    const npm = started;
    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
    // The first start may build the web app and the server first.
    while (!(await answers(health))) {
      expect(npm.exitCode).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    // The compiled server serves what the source does: the API with its database, the generated
    // OpenAPI document and its readable docs, and the web app.
    for (const [route, type] of [
      ['/api/ready', 'application/json'],
      ['/api/framework', 'application/json'],
      ['/api/openapi.json', 'application/json'],
      ['/api/docs/', 'text/html'],
      ['/vragenlijst', 'text/html'],
    ]) {
      const res = await fetch(`http://127.0.0.1:${port}${route}`);
      expect([route, res.status, res.headers.get('content-type')?.split(';')[0]]).toEqual([route, 200, type]);
    }

    npm.kill('SIGTERM');
    const code = await exited;

    // npm waits for its script, so once npm is gone the server must be gone too.
    expect(await answers(health)).toBe(false);
    expect(code).toBe(0);
  });
});
