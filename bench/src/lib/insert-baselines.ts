import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createResponseSeal, createSecretBox, staffAnswers } from '@derde-bron/server/testing';
import pg from 'pg';

const run = promisify(execFile);

export type Row = { orgId: string; waveId: string; teamId: string };

/**
 * The row a staff submission stores in `responses` (measurement/submissions.ts): a sealed response
 * of the same size (the key does not matter for the cost).
 */
const sealed = createResponseSeal(createSecretBox(randomBytes(32))).seal({
  teamId: null,
  perspective: 'staff',
  byInvitation: false,
  answers: staffAnswers(4) as never,
});

/**
 * Baseline: the same row inserted straight into `responses` by a `pg` pool of `connections`, each
 * connection inserting one row after the other for `seconds` (autocommit: one flush per row).
 */
export async function rawInserts(url: string, row: Row, connections: number, seconds: number) {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  let errors = 0;
  const worker = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      try {
        await pool.query('insert into responses (org_id, wave_id, sealed) values ($1, $2, $3)', [
          row.orgId,
          row.waveId,
          sealed,
        ]);
        latencies.push(performance.now() - started);
      } catch {
        errors++;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, worker));
  } finally {
    await pool.end();
  }
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return { perSecond: latencies.length / seconds, p50: at(50), p99: at(99), errors };
}

/** Where pgbench is: Debian ships it with the server (postgresql-NN), or undefined. */
async function findPgbench(): Promise<string | undefined> {
  const versions = await readdir('/usr/lib/postgresql').catch(() => [] as string[]);
  const candidates = [
    ...(process.env.PG_BIN_DIR ? [path.join(process.env.PG_BIN_DIR, 'pgbench')] : []),
    ...versions
      .sort()
      .reverse()
      .map((version) => `/usr/lib/postgresql/${version}/bin/pgbench`),
    'pgbench',
  ];
  for (const candidate of candidates) {
    try {
      await run(candidate, ['--version']);
      return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/**
 * Baseline: pgbench inserting the same row with `connections` clients for `seconds` (its
 * transactions per second and average latency), or undefined where pgbench is not installed.
 */
export async function pgbenchInserts(url: string, row: Row, connections: number, seconds: number) {
  const pgbench = await findPgbench();
  if (!pgbench) return undefined;
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-pgbench-'));
  try {
    const script = path.join(dir, 'insert.sql');
    const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
    await writeFile(
      script,
      `insert into responses (org_id, wave_id, sealed) values (${literal(row.orgId)}, ${literal(row.waveId)}, ${literal(sealed)});\n`,
    );
    const { stdout } = await run(
      pgbench,
      ['-n', '-c', String(connections), '-j', '2', '-T', String(seconds), '-f', script, url],
      { maxBuffer: 10 * 1024 * 1024 },
    );
    const tps = Number(stdout.match(/tps = ([\d.]+)/)?.[1] ?? 0);
    const latency = Number(stdout.match(/latency average = ([\d.]+) ms/)?.[1] ?? 0);
    const failed = Number(stdout.match(/number of failed transactions: (\d+)/)?.[1] ?? 0);
    return { perSecond: tps, latencyAverage: latency, failed };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
