import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { instrumentV1, itemsForPerspective, type ResponseAnswers, tallyByCell } from '@derde-bron/domain';
import {
  createResponseSeal,
  measurementClient,
  measurementTables,
  seedTestOrganisation,
  sessionFor,
  startTestServer,
  storeSubmissions,
  withTenant,
} from '@derde-bron/server/testing';
import { eq } from 'drizzle-orm';
import { repoRoot } from '../lib/processes.ts';
import { printTable } from '../lib/table.ts';
import { timeRuns } from '../lib/timing.ts';

const run = promisify(execFile);
const insertRuns = 2000;
const waveSize = 20_000;

function staffAnswers(seed: number): ResponseAnswers {
  const answers: Record<string, 1 | 2 | 3 | 4 | 5> = {};
  for (const item of itemsForPerspective(instrumentV1.items, 'staff')) {
    if (item.kind === 'likert') answers[item.key] = (((seed + item.key.length) % 5) + 1) as 1 | 2 | 3 | 4 | 5;
  }
  return answers;
}

/**
 * Issues 5 and 13: anonymous submissions against a bare insert of the same sealed row, and a large
 * wave: publishing it when it closes, and reading its published results.
 */
export async function runMeasurement() {
  // The per-client limit would stop a load from one address; the load itself is what is measured.
  const server = await startTestServer({ config: { respondRateLimitPerMinute: 1_000_000 } });
  try {
    const org = await seedTestOrganisation(server);
    const m = measurementClient(server.app, await sessionFor(server.app, org.members.coordinator.id), org.id);
    const seal = createResponseSeal(server.secretBox);
    const { responses } = measurementTables;

    // Baseline: the row a submission stores (a sealed response), inserted directly through the same
    // driver, one at a time.
    const waveId = await m.planWave({ kind: 'followUp', title: 'Bench' });
    const started = performance.now();
    for (let i = 0; i < insertRuns; i++)
      await server.database.db.insert(responses).values({
        orgId: org.id,
        waveId,
        sealed: seal.seal({
          teamId: org.teams.a.id,
          perspective: 'staff',
          byInvitation: false,
          answers: staffAnswers(i),
        }),
      });
    const insertsPerSecond = insertRuns / ((performance.now() - started) / 1000);

    // Two loads of 50 connections, each through a group of its own (a group takes at most its
    // headcount): as fast as the server answers (throughput), and bounded to the target rate, half the
    // bare insert (latency at that rate; unbounded, latency is only queueing).
    const load = async (teamId: string | null, rate: number) => {
      const { token } = await m.groupWithLink(waveId, { teamId, headcount: 10_000 });
      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          'bench/src/submit-load.ts',
          `${server.baseURL}/api/respond/submit`,
          token,
          JSON.stringify(staffAnswers(1)),
          '50',
          '5',
          String(rate),
        ],
        { cwd: repoRoot, maxBuffer: 10 * 1024 * 1024 },
      );
      const result = JSON.parse(stdout) as {
        requests: { average: number };
        latency: { p50: number; p99: number };
        errors: number;
        timeouts: number;
        non2xx: number;
      };
      return {
        'per second': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        failures: result.errors + result.timeouts + result.non2xx,
        'vs baseline': `${Math.round((result.requests.average / insertsPerSecond) * 100)}%`,
      };
    };
    const unbounded = await load(org.teams.a.id, 0);
    const bounded = await load(org.teams.b.id, Math.round(insertsPerSecond / 2));

    printTable(
      'Anonymous submissions (autocannon, 50 connections, 5 s each, PGlite; target ≥ 50% of the bare insert, p99 < 100 ms)',
      [
        {
          measure: 'bare insert of a sealed response row, same driver, one at a time — baseline',
          'per second': Math.round(insertsPerSecond),
          'p50 ms': '',
          'p99 ms': '',
          failures: 0,
          'vs baseline': '100%',
        },
        {
          measure: 'POST /api/respond/submit, unbounded (validate, seal, key, group count, insert, commit)',
          ...unbounded,
        },
        { measure: 'POST /api/respond/submit, bounded to 50% of the baseline rate', ...bounded },
      ],
    );

    // A wave of 20,000 responses over three groups, stored through the submission path, then closed:
    // closing publishes it (opens, works out, checks and rewrites every response in one transaction).
    const bigId = await m.planWave({ kind: 'followUp', title: 'Groot' });
    const groups = await Promise.all(
      [org.teams.a.id, org.teams.b.id, null].map(async (teamId) => {
        const { groupId, token } = await m.groupWithLink(bigId, { teamId, headcount: 10_000 });
        const [link] = await server.database.db
          .select({ id: measurementTables.waveLinks.id })
          .from(measurementTables.waveLinks)
          .where(eq(measurementTables.waveLinks.groupId, groupId));
        return { groupId, teamId, linkId: link?.id ?? '', token };
      }),
    );
    for (let start = 0; start < waveSize; start += 1000) {
      await withTenant(server.database.db, org.id, (tx) =>
        storeSubmissions(
          tx,
          org.id,
          Array.from({ length: 1000 }, (_, i) => {
            const group = groups[(start + i) % groups.length] as (typeof groups)[number];
            return {
              orgId: org.id,
              waveId: bigId,
              groupId: group.groupId,
              link: { id: group.linkId, singleUse: false },
              keyHash: randomUUID(),
              sealed: seal.seal({
                teamId: group.teamId,
                perspective: 'staff',
                byInvitation: false,
                answers: staffAnswers(start + i) as ResponseAnswers,
              }),
            };
          }),
        ),
      );
    }
    const closeStarted = performance.now();
    await m.close(bigId);
    const publishMs = Math.round(performance.now() - closeStarted);
    const results = (breakdown: string) => async () => {
      const res = await m.as('GET', `/waves/${bigId}/results?breakdown=${breakdown}`);
      if (res.statusCode !== 200) throw new Error(`results answered ${res.statusCode}`);
    };
    // Baseline: what results would cost without a stored publication: open and tally every response.
    const fromResponses = async () => {
      const stored = await withTenant(server.database.db, org.id, (tx) =>
        tx.select({ sealed: responses.sealed }).from(responses).where(eq(responses.waveId, bigId)),
      );
      tallyByCell(
        stored.map((row) => seal.open(row.sealed ?? '')),
        instrumentV1,
      );
    };
    const rows = [
      await timeRuns(
        `open and tally all ${waveSize.toLocaleString('en')} responses — baseline`,
        5,
        fromResponses,
      ),
      await timeRuns(
        `GET published results, ${waveSize.toLocaleString('en')} responses, per team`,
        50,
        results('team'),
      ),
      await timeRuns(
        `GET published results, ${waveSize.toLocaleString('en')} responses, whole wave`,
        50,
        results('none'),
      ),
    ];
    printTable(
      `Results of a large wave, server time (app.inject, PGlite; target < 200 ms). Closing and publishing it took ${publishMs} ms, once.`,
      rows.map(({ p95Ms: _, ...r }) => r),
    );
  } finally {
    await server.close();
  }
}
