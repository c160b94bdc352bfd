import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = new URL('../../../node_modules/.bin/tsx', import.meta.url).pathname;
const main = new URL('./main.ts', import.meta.url).pathname;

async function start(env: Record<string, string>) {
  try {
    // Generous: starting tsx in a child process is slow on a busy machine, and a kill reads as a failure.
    await run(tsx, [main], { env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe('starting the server', { timeout: 90_000 }, () => {
  it('stops with one clear line, no stack trace and no password when the database cannot be reached', async () => {
    const { code, stderr } = await start({ DATABASE_URL: 'postgres://someone:hunter2@127.0.0.1:1/nothing' });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      'derde-bron: cannot reach the database (PostgreSQL at 127.0.0.1:1/nothing): ECONNREFUSED',
    );
    expect(stderr).not.toContain('hunter2');
  });

  it('names every bad environment variable at once', async () => {
    const { code, stderr } = await start({ PORT: 'abc', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging' });
    expect(code).toBe(1);
    expect(stderr).toContain('PORT');
    expect(stderr).toContain('DATABASE_URL');
    expect(stderr).toContain('NODE_ENV');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
