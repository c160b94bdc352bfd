import { execFile } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from './testing/index.ts';

const run = promisify(execFile);
const tsx = new URL('../../../node_modules/.bin/tsx', import.meta.url).pathname;
const cli = new URL('./cli.ts', import.meta.url).pathname;

describe('npm run cli -- create-admin', () => {
  it('creates a network admin whose one-time link leads to a password and then to two-step set-up', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'cli-'));
    const { DATABASE_URL: _serverUrl, ...inherited } = process.env;
    const env = { ...inherited, DATA_DIR: dataDir, INIT_CWD: dataDir };
    const { stdout } = await run(tsx, [cli, 'create-admin', '--email', 'Eerste@Valente.example.org'], {
      env,
    });
    const token = stdout.match(/wachtwoord-kiezen#([A-Za-z0-9_-]{43})/)?.[1];
    expect(token).toBeDefined();

    const again = await run(tsx, [cli, 'create-admin', '--email', 'eerste@valente.example.org'], {
      env,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(again).toMatchObject({ code: 1 });

    const t = await buildTestApp({ dataDir });
    try {
      const password = 'paarse fiets onder de brug bij het water';
      const set = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/confirm',
        payload: { token, password },
      });
      expect(set.statusCode).toBe(200);
      const signIn = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'eerste@valente.example.org', password },
      });
      expect(signIn.json()).toMatchObject({ state: 'needsTwoFactorSetup', user: { isNetworkAdmin: true } });
    } finally {
      await t.close();
    }
    // Two command runs and a database start: slow on a busy 2-core machine, so a generous limit.
  }, 240_000);
});

describe('npm run cli -- <command> --help and unknown options', () => {
  it('prints a command’s help and does nothing else; refuses options it does not know', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cli-help-'));
    const { DATABASE_URL: _serverUrl, ...inherited } = process.env;
    const env = { ...inherited, DATA_DIR: path.join(dir, 'data'), INIT_CWD: dir };
    const help = await run(tsx, [cli, 'backup', '--help'], { env, cwd: dir });
    expect(help.stdout).toContain('backup <file>');
    // No backup was written, not to a file called "--help" either.
    expect(await readdir(dir)).toEqual([]);
    for (const args of [
      ['backup', '--bogus', 'x.dump'],
      ['restore', '--force', 'x.dump'],
      ['create-admin', '--email', 'a@b.example.org', '--role', 'x'],
    ]) {
      const refused = await run(tsx, [cli, ...args], { env, cwd: dir }).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(refused).toMatchObject({ code: 1 });
      expect((refused as { stderr: string }).stderr).toMatch(/Unknown option/);
    }
    expect(await readdir(dir)).toEqual([]);
  }, 240_000);
});
