import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = path.resolve(import.meta.dirname, '../../../scripts/ensure-chromium.mjs');

describe('the test command’s browser check (scripts/ensure-chromium.mjs)', () => {
  it('passes quietly when Chromium is there', async () => {
    const { stdout, stderr } = await run(process.execPath, [script], {
      env: { ...process.env, CHROMIUM_PATH: process.execPath },
    });
    expect(stdout + stderr).toBe('');
  });

  it('stops with one line that says the exact command when it cannot install Chromium itself', async () => {
    const failed = await run(process.execPath, [script], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    const lines = failed?.stderr.trim().split('\n') ?? [];
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('`sudo apt-get install -y chromium`');
  });
});
