import {
  type DatabaseTarget,
  seedTestOrganisation,
  sessionFor,
  startPrivatePostgres,
  startTestServer,
} from '@derde-bron/server/testing';
import { hash, verify } from '@node-rs/argon2';
import { measureLoadFromChild } from '../lib/load-process.ts';
import { ms, printTable, type Row } from '../lib/table.ts';

/** Below the per-client limit of 30 sign-ins a minute. */
const signIns = 25;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Issue 3: sign-in latency (argon2id at OWASP's minimum), and authenticated GETs against unauthenticated ones. */
export async function runAccounts() {
  const server = await startTestServer();
  try {
    const org = await seedTestOrganisation(server);
    const { email, password } = org.members.coordinator;

    // Baseline: the argon2id verification alone, with the parameters the server uses.
    const stored = await hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const verifyTimes: number[] = [];
    for (let i = 0; i < signIns; i++) {
      const started = performance.now();
      await verify(stored, password);
      verifyTimes.push(performance.now() - started);
    }
    const signInTimes: number[] = [];
    for (let i = 0; i < signIns; i++) {
      const started = performance.now();
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password },
      });
      signInTimes.push(performance.now() - started);
      if (res.statusCode !== 200) throw new Error(`sign-in answered ${res.statusCode}`);
    }
    const latencyRows: Row[] = [
      ['argon2id verify alone (m=19 MiB, t=2, p=1) — baseline', verifyTimes],
      ['POST /api/auth/sign-in (server time, PGlite)', signInTimes],
    ].map(([label, times]) => {
      const sorted = [...(times as number[])].sort((a, b) => a - b);
      return {
        measure: label as string,
        runs: sorted.length,
        p50: ms(percentile(sorted, 50)),
        p95: ms(percentile(sorted, 95)),
      };
    });
    // No account enumeration: a wrong password for a known address and any unknown address should
    // cost about the same. Each attempt uses another address and client, so no back-off kicks in.
    const known = [];
    for (let i = 0; i < 5; i++)
      known.push(...Object.values((await seedTestOrganisation(server, `Enumeratie ${i}`)).members));
    let client = 0;
    const attempt = async (email: string) => {
      client++;
      const started = performance.now();
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: 'a wrong password for sure' },
        remoteAddress: `10.9.${Math.floor(client / 250)}.${client % 250}`,
      });
      if (res.statusCode !== 401) throw new Error(`failed sign-in answered ${res.statusCode}`);
      return performance.now() - started;
    };
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (const member of known) {
      knownTimes.push(await attempt(member.email));
      unknownTimes.push(await attempt(`nobody.${client}@test.example.org`));
    }
    for (const [label, times] of [
      ['failed sign-in, known address (wrong password)', knownTimes],
      ['failed sign-in, unknown address', unknownTimes],
    ] as const) {
      const sorted = [...times].sort((a, b) => a - b);
      latencyRows.push({
        measure: label,
        runs: sorted.length,
        p50: ms(percentile(sorted, 50)),
        p95: ms(percentile(sorted, 95)),
      });
    }
    printTable('Sign-in latency', latencyRows);
  } finally {
    await server.close();
  }
  await signedInAgainstAnonymous();
}

/** Runs of each target, taken in turn so that a slow moment of the machine falls on all alike. */
const rounds = 3;

type Measured = Awaited<ReturnType<typeof measureLoadFromChild>>;

/**
 * Each target warmed up (2 s, so the JIT has compiled its path), then measured `rounds` times in
 * turn; the run with the median rate of each, and the spread of its runs.
 */
async function medianOfRounds(targets: Array<[string, string, Record<string, string>]>) {
  for (const [name, url, headers] of targets)
    await measureLoadFromChild(name, url, { headers, durationSeconds: 2 });
  const runs: Measured[][] = targets.map(() => []);
  for (let round = 0; round < rounds; round++)
    for (const [i, [name, url, headers]] of targets.entries())
      runs[i]?.push(await measureLoadFromChild(name, url, { headers }));
  return runs.map((ofTarget) => {
    const sorted = [...ofTarget].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
    const median = sorted[Math.floor(sorted.length / 2)] as Measured;
    return { ...median, 'req/s in all runs': `${sorted[0]?.['req/s']}–${sorted.at(-1)?.['req/s']}` };
  });
}

/**
 * Issue 20: a signed-in request against an anonymous one that the server answers from memory, on
 * embedded PGlite and on a PostgreSQL server (a private one, flushing to disk, unless
 * BENCH_DATABASE_URL names one). Each database's rows are read against its own baseline row.
 */
async function signedInAgainstAnonymous() {
  const given = process.env.BENCH_DATABASE_URL;
  const privateServer = given ? undefined : await startPrivatePostgres({ durable: true });
  const databases: Array<[string, DatabaseTarget]> = [
    ['PGlite', { memory: true }],
    ['PostgreSQL server', { url: given ?? privateServer?.url ?? '' }],
  ];
  const rows: Row[] = [];
  try {
    for (const [name, target] of databases) {
      const server = await startTestServer({ target });
      try {
        const org = await seedTestOrganisation(server);
        const session = await sessionFor(server.app, org.members.coordinator.id);
        const headers = { cookie: session.cookie };
        const targets: Array<[string, string, Record<string, string>]> = [
          [
            'GET /api/framework/versions/1 (anonymous, cached) — baseline',
            `${server.baseURL}/api/framework/versions/1`,
            {},
          ],
          ['GET /api/health (anonymous, one query)', `${server.baseURL}/api/health`, {}],
          ['GET /api/auth/session (signed in)', `${server.baseURL}/api/auth/session`, headers],
          [
            'GET /api/organisations/:orgId (signed in, tenant transaction)',
            `${server.baseURL}/api/organisations/${org.id}`,
            headers,
          ],
        ];
        const measured = await medianOfRounds(targets);
        const baseline = measured[0]?.requestsPerSecond ?? 1;
        for (const { requestsPerSecond, ...row } of measured)
          rows.push({
            database: name,
            ...row,
            'vs baseline': `${((requestsPerSecond / baseline) * 100).toFixed(0)}%`,
          });
      } finally {
        await server.close();
      }
    }
  } finally {
    await privateServer?.destroy();
  }
  printTable(
    `Signed-in against anonymous requests (autocannon in a child process, 10 connections, 5 s a run; the median of ${rounds} runs taken in turn after a warm-up; target: the tenant request ≥ 25% of the baseline on PGlite)`,
    rows,
  );
}
