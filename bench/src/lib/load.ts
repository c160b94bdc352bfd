import autocannon from 'autocannon';
import type { Row } from './table.ts';

/** A bounded load of GET requests on loopback; returns throughput and latency as a table row. */
export async function measureLoad(
  name: string,
  url: string,
  { connections = 10, durationSeconds = 5 }: { connections?: number; durationSeconds?: number } = {},
): Promise<Row & { requestsPerSecond: number }> {
  const result = await autocannon({ url, connections, duration: durationSeconds });
  const failures = result.errors + result.timeouts + result.non2xx;
  return {
    target: name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    requests: result.requests.total,
    failures,
    requestsPerSecond: result.requests.average,
  };
}
