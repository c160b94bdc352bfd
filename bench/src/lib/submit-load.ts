import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { staffAnswers } from '@derde-bron/server/testing';
import { repoRoot } from './processes.ts';

const run = promisify(execFile);

export type SubmitLoadResult = {
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latency: { p50: number; p99: number };
};

/** Anonymous submissions to `baseUrl` from a process of their own (bench/src/submit-load.ts), spread over the links' `tokens`. */
export async function submitLoad(baseUrl: string, tokens: string[], connections: number, seconds: number) {
  const { stdout } = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/src/submit-load.ts',
      `${baseUrl}/api/respond/submit`,
      tokens.join(','),
      JSON.stringify(staffAnswers(4)),
      String(connections),
      String(seconds),
      '0',
    ],
    { cwd: repoRoot, maxBuffer: 10 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as SubmitLoadResult;
}

export const failuresOf = (r: SubmitLoadResult) => r.non2xx + r.errors + r.timeouts;
