import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { promisify } from 'node:util';
import {
  type AppProcess,
  buildTestApp,
  daysFromToday,
  injectAs,
  queryRows,
  seedTestOrganisation,
  sessionFor,
  staffAnswers,
  startAppProcess,
  startPrivatePostgres,
} from '@derde-bron/server/testing';
import { sql } from 'drizzle-orm';
import { repoRoot } from '../lib/processes.ts';
import { printTable } from '../lib/table.ts';

const run = promisify(execFile);
const connections = 50;
const seconds = 8;

/** Resident memory of a process now (VmRSS) or at its peak so far (VmHWM), in MB (Linux). */
async function rssMb(pid: number, which: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(new RegExp(`${which}:\\s+(\\d+)\\s+kB`))?.[1] ?? 0);
  return Math.round(kb / 1024);
}
const peakRssMb = (pid: number) => rssMb(pid, 'VmHWM');

type LoadResult = {
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latency: { p99: number };
};

async function load(baseUrl: string, token: string, conns: number): Promise<LoadResult> {
  const { stdout } = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/src/submit-load.ts',
      `${baseUrl}/api/respond/submit`,
      token,
      JSON.stringify(staffAnswers(4)),
      String(conns),
      String(seconds),
      '0',
    ],
    { cwd: repoRoot, maxBuffer: 10 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as LoadResult;
}

/**
 * Issue 8: anonymous submissions against one PostgreSQL server through one and through two app
 * instances (child processes running the real server), counting the rows afterwards, and each
 * instance's peak memory. One instance is the baseline of the same run.
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
    const org = await seedTestOrganisation(t);
    const coordinator = await sessionFor(t.app, org.members.coordinator.id);
    const newLink = async (title: string) => {
      const as = (path: string, payload: object) =>
        injectAs(t.app, coordinator, { method: 'POST', url: `/api/organisations/${org.id}${path}`, payload });
      const wave = (
        await as('/waves', {
          title,
          kind: 'followUp',
          opensOn: daysFromToday(0),
          closesOn: daysFromToday(7),
          perspectives: ['staff'],
        })
      ).json();
      // A group as large as a group may be: the load must not fill it.
      const group = (
        await as(`/waves/${wave.id}/groups`, {
          perspective: 'staff',
          teamId: org.teams.a.id,
          headcount: 10_000,
        })
      ).json();
      const link = (await as(`/waves/${wave.id}/links`, { groupId: group.id })).json();
      return { waveId: wave.id as string, token: link.token as string };
    };
    const stored = async (waveId: string) =>
      Number(
        (
          await queryRows(t.database, sql`select count(*)::int as n from responses where wave_id = ${waveId}`)
        )[0]?.n,
      );

    instances.push(await startAppProcess(url, env));
    const startedRss = await rssMb(instances[0]?.pid ?? 0, 'VmRSS');
    const one = await newLink('Bench één instantie');
    const single = await load(instances[0]?.baseUrl ?? '', one.token, connections);
    const singleRss = await peakRssMb(instances[0]?.pid ?? 0);

    instances.push(await startAppProcess(url, env));
    const two = await newLink('Bench twee instanties');
    const both = await Promise.all(
      instances.map((instance) => load(instance.baseUrl, two.token, connections / 2)),
    );
    const bothRss = await Promise.all(instances.map((instance) => peakRssMb(instance.pid)));

    const perSecond = (acknowledged: number) => Math.round(acknowledged / seconds);
    const failures = (r: LoadResult) => r.non2xx + r.errors + r.timeouts;
    const singleStored = await stored(one.waveId);
    const bothAcknowledged = both.reduce((sum, r) => sum + r['2xx'], 0);
    const bothStored = await stored(two.waveId);
    printTable(
      `Submissions through one and two app instances on one PostgreSQL server (autocannon, ${connections} connections in all, ${seconds} s, loopback; target: nothing lost, < 300 MB per instance)`,
      [
        {
          instances: '1 — baseline',
          'acknowledged /s': perSecond(single['2xx']),
          'p99 ms': single.latency.p99,
          failures: failures(single),
          acknowledged: single['2xx'],
          'rows stored': singleStored,
          'in flight at the end': singleStored - single['2xx'],
          'RSS after start MB': String(startedRss),
          'peak RSS MB per instance': String(singleRss),
          'vs one instance': '100%',
        },
        {
          instances: '2',
          'acknowledged /s': perSecond(bothAcknowledged),
          'p99 ms': Math.max(...both.map((r) => r.latency.p99)),
          failures: both.reduce((sum, r) => sum + failures(r), 0),
          acknowledged: bothAcknowledged,
          'rows stored': bothStored,
          'in flight at the end': bothStored - bothAcknowledged,
          'RSS after start MB': '',
          'peak RSS MB per instance': bothRss.join(' / '),
          'vs one instance': `${Math.round((bothAcknowledged / Math.max(1, single['2xx'])) * 100)}%`,
        },
      ],
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
