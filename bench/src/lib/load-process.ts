import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type { Row } from './table.ts';

const run = promisify(execFile);
const autocannonCli = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

type Result = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
};

/**
 * A bounded load from a separate process, for servers that run inside the benchmark's own process
 * (so the load generator does not share their event loop).
 */
export async function measureLoadFromChild(
  name: string,
  url: string,
  {
    headers = {},
    connections = 10,
    durationSeconds = 5,
  }: { headers?: Record<string, string>; connections?: number; durationSeconds?: number } = {},
): Promise<Row & { requestsPerSecond: number }> {
  const args = [autocannonCli, '--json', '-c', String(connections), '-d', String(durationSeconds)];
  for (const [key, value] of Object.entries(headers)) args.push('-H', `${key}=${value}`);
  const { stdout } = await run(process.execPath, [...args, url], { maxBuffer: 10 * 1024 * 1024 });
  const result = JSON.parse(stdout) as Result;
  return {
    target: name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
    requestsPerSecond: result.requests.average,
  };
}
