import os from 'node:os';
import {
  type AppProcess,
  buildTestApp,
  queryRows,
  startAppProcess,
  startPrivatePostgres,
} from '@derde-bron/server/testing';
import { sql } from 'drizzle-orm';
import { pgbenchInserts, rawInserts } from '../lib/insert-baselines.ts';
import { peakRssMb, rssMb } from '../lib/memory.ts';
import { openQuestionnaireLink } from '../lib/questionnaire-link.ts';
import { failuresOf, submitLoad } from '../lib/submit-load.ts';
import { printTable, type Row } from '../lib/table.ts';

/** Issue 20's measure: 32 connections for 20 s. */
const connections = 32;
const seconds = 20;

/**
 * Issues 8 and 20: anonymous submissions against one PostgreSQL server through one and through two
 * app instances (child processes running the compiled server), counting the rows afterwards, and
 * each instance's memory; beside what the same server does with the same row without the app:
 * pgbench inserting it (where pgbench is installed) and a `pg` pool of 32 inserting it.
 */
export async function runOperations() {
  // A server of its own (Debian's PostgreSQL, flushing to disk) unless one is named.
  const given = process.env.BENCH_DATABASE_URL;
  const privateServer = given ? undefined : await startPrivatePostgres({ durable: true });
  const url = given ?? privateServer?.url ?? '';
  const t = await buildTestApp({ url });
  const env = { RESPOND_RATE_LIMIT_PER_MINUTE: '1000000' };
  const instances: AppProcess[] = [];
  try {
    const stored = async (waveId: string) =>
      Number(
        (
          await queryRows(t.database, sql`select count(*)::int as n from responses where wave_id = ${waveId}`)
        )[0]?.n,
      );
    const rows: Row[] = [];
    const row = (what: string, values: Row) =>
      rows.push({
        what,
        'per second': '',
        'p50 ms': '',
        'p99 ms': '',
        failures: '',
        acknowledged: '',
        'rows stored': '',
        'in flight at the end': '',
        'RSS after start MB': '',
        'peak RSS MB per instance': '',
        'vs pgbench': '',
        ...values,
      });

    const baselineWave = await openQuestionnaireLink(t, 'Bench pgbench');
    const pgbench = await pgbenchInserts(url, baselineWave, connections, seconds);
    const reference = pgbench?.perSecond;
    const share = (perSecond: number) => (reference ? `${((perSecond / reference) * 100).toFixed(1)}%` : '');
    row(
      pgbench
        ? 'pgbench, the same row into responses — baseline'
        : "pgbench — not installed (it comes with Debian's postgresql-NN)",
      pgbench
        ? {
            'per second': Math.round(pgbench.perSecond),
            'p50 ms': `${pgbench.latencyAverage.toFixed(1)} (average)`,
            failures: pgbench.failed,
            'vs pgbench': '100%',
          }
        : {},
    );
    const raw = await rawInserts(url, baselineWave, connections, seconds);
    row('pg pool of 32, the same row into responses', {
      'per second': Math.round(raw.perSecond),
      'p50 ms': raw.p50.toFixed(1),
      'p99 ms': raw.p99.toFixed(1),
      failures: raw.errors,
      'vs pgbench': share(raw.perSecond),
    });

    instances.push(await startAppProcess(url, env, 60_000, { compiled: true }));
    const startedRss = await rssMb(instances[0]?.pid ?? 0);
    const one = await openQuestionnaireLink(t, 'Bench één instantie', 100_000);
    const single = await submitLoad(instances[0]?.baseUrl ?? '', one.tokens, connections, seconds);
    const singleRss = await peakRssMb(instances[0]?.pid ?? 0);
    const singleStored = await stored(one.waveId);
    row('anonymous submissions, one app instance', {
      'per second': Math.round(single['2xx'] / seconds),
      'p50 ms': single.latency.p50,
      'p99 ms': single.latency.p99,
      failures: failuresOf(single),
      acknowledged: single['2xx'],
      'rows stored': singleStored,
      'in flight at the end': singleStored - single['2xx'],
      'RSS after start MB': startedRss,
      'peak RSS MB per instance': singleRss,
      'vs pgbench': share(single['2xx'] / seconds),
    });

    instances.push(await startAppProcess(url, env, 60_000, { compiled: true }));
    const two = await openQuestionnaireLink(t, 'Bench twee instanties', 100_000);
    const both = await Promise.all(
      instances.map((instance) => submitLoad(instance.baseUrl, two.tokens, connections / 2, seconds)),
    );
    const bothRss = await Promise.all(instances.map((instance) => peakRssMb(instance.pid)));
    const bothAcknowledged = both.reduce((sum, r) => sum + r['2xx'], 0);
    const bothStored = await stored(two.waveId);
    row('anonymous submissions, two app instances (16 connections each)', {
      'per second': Math.round(bothAcknowledged / seconds),
      'p50 ms': Math.max(...both.map((r) => r.latency.p50)),
      'p99 ms': Math.max(...both.map((r) => r.latency.p99)),
      failures: both.reduce((sum, r) => sum + failuresOf(r), 0),
      acknowledged: bothAcknowledged,
      'rows stored': bothStored,
      'in flight at the end': bothStored - bothAcknowledged,
      'peak RSS MB per instance': bothRss.join(' / '),
      'vs pgbench': share(bothAcknowledged / seconds),
    });
    printTable(
      `Anonymous submissions on one PostgreSQL server (${connections} connections in all, ${seconds} s, loopback; targets: ≥ 25% of pgbench with p99 < 50 ms, nothing lost, ≤ 300 MB per instance)`,
      rows,
    );
    const lost = single['2xx'] > singleStored || bothAcknowledged > bothStored;
    console.log(
      `\nNothing lost: ${lost ? 'NO — fewer rows than acknowledgements' : 'yes'} (rows stored ≥ acknowledged; a submission still in flight when autocannon stops at the time limit is stored but not counted, at most one per connection). What bounds the ratio: the instances, PostgreSQL and the load generators all share this machine's ${os.cpus().length} cores.`,
    );
  } finally {
    for (const instance of instances) await instance.stop();
    await t.close();
    await privateServer?.destroy();
  }
}
