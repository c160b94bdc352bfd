import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import {
  buildWaveResults,
  instrumentV1,
  itemsForPerspective,
  type ResponseAnswers,
  tallyByCell,
  tallyResponse,
} from '@derde-bron/domain';
import {
  injectAs,
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

function staffAnswers(seed: number): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const item of itemsForPerspective(instrumentV1.items, 'staff')) {
    if (item.kind === 'likert') answers[item.key] = ((seed + item.key.length) % 5) + 1;
  }
  return answers;
}

/** Issue 5: anonymous submissions against a bare insert, and the results of a large wave. */
export async function runMeasurement() {
  // The per-client limit would stop a load from one address; the load itself is what is measured.
  const server = await startTestServer({ config: { respondRateLimitPerMinute: 1_000_000 } });
  try {
    const org = await seedTestOrganisation(server);
    const coordinator = await sessionFor(server.app, org.members.coordinator.id);
    const today = new Date().toISOString().slice(0, 10);
    const later = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const as = (method: 'POST' | 'GET', path: string, payload?: object) =>
      injectAs(server.app, coordinator, {
        method,
        url: `/api/organisations/${org.id}${path}`,
        ...(payload ? { payload } : {}),
      });
    const newWave = async (title: string) =>
      (
        await as('POST', '/waves', {
          title,
          kind: 'followUp',
          opensOn: today,
          closesOn: later,
          perspectives: ['staff'],
        })
      ).json();
    const { responses } = measurementTables;

    // Baseline: the same response row, inserted directly through the same driver, one at a time.
    const wave = await newWave('Bench');
    const row = (i: number, waveId: string, teamId: string) => ({
      orgId: org.id,
      waveId,
      perspective: 'staff' as const,
      teamId,
      submittedOn: today,
      answers: staffAnswers(i),
    });
    const started = performance.now();
    for (let i = 0; i < insertRuns; i++)
      await server.database.db.insert(responses).values(row(i, wave.id, org.teams.a.id));
    const insertsPerSecond = insertRuns / ((performance.now() - started) / 1000);

    const link = (
      await as('POST', `/waves/${wave.id}/links`, { perspective: 'staff', teamId: org.teams.a.id })
    ).json();
    // Two loads of 50 connections: as fast as the server answers (throughput), and bounded to the
    // target rate, half the bare insert (latency at that rate; unbounded, latency is only queueing:
    // 50 waiting connections divided by the throughput).
    const load = async (rate: number) => {
      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          'bench/src/submit-load.ts',
          `${server.baseURL}/api/respond/submit`,
          link.token,
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
    const unbounded = await load(0);
    const bounded = await load(Math.round(insertsPerSecond / 2));

    printTable(
      'Anonymous submissions (autocannon, 50 connections, 5 s each, PGlite; target ≥ 50% of the bare insert, p99 < 100 ms)',
      [
        {
          measure: 'bare insert of a response row, same driver, one at a time — baseline',
          'per second': Math.round(insertsPerSecond),
          'p50 ms': '',
          'p99 ms': '',
          failures: 0,
          'vs baseline': '100%',
        },
        {
          measure: 'POST /api/respond/submit, unbounded (validate, key, insert, tallies, commit)',
          ...unbounded,
        },
        { measure: 'POST /api/respond/submit, bounded to 50% of the baseline rate', ...bounded },
      ],
    );

    // A wave of 20,000 responses over two teams, stored through the submission path (responses and
    // tallies together), closed, then its results.
    const big = await newWave('Groot');
    const { id: linkA } = (
      await as('POST', `/waves/${big.id}/links`, { perspective: 'staff', teamId: org.teams.a.id })
    ).json();
    const { id: linkB } = (
      await as('POST', `/waves/${big.id}/links`, { perspective: 'staff', teamId: org.teams.b.id })
    ).json();
    for (let start = 0; start < waveSize; start += 1000) {
      await withTenant(server.database.db, org.id, (tx) =>
        storeSubmissions(
          tx,
          org.id,
          Array.from({ length: 1000 }, (_, i) => {
            const teamB = (start + i) % 3 === 0;
            const answers = staffAnswers(start + i) as ResponseAnswers;
            return {
              orgId: org.id,
              waveId: big.id,
              link: {
                id: teamB ? linkB : linkA,
                singleUse: false,
                teamId: teamB ? org.teams.b.id : org.teams.a.id,
              },
              perspective: 'staff' as const,
              keyHash: randomUUID(),
              answers,
              tally: tallyResponse(answers, instrumentV1),
            };
          }),
        ),
      );
    }
    await as('POST', `/waves/${big.id}/close`);
    const results = (breakdown: string) => async () => {
      const res = await as('GET', `/waves/${big.id}/results?breakdown=${breakdown}`);
      if (res.statusCode !== 200) throw new Error(`results answered ${res.statusCode}`);
    };
    // Baseline: what results cost when every response is read and scored (the way before tallies).
    const fromResponses = async () => {
      const stored = await withTenant(server.database.db, org.id, (tx) =>
        tx
          .select({
            teamId: responses.teamId,
            perspective: responses.perspective,
            answers: responses.answers,
          })
          .from(responses)
          .where(eq(responses.waveId, big.id)),
      );
      buildWaveResults({
        ...instrumentV1,
        cells: tallyByCell(
          stored.map((r) => ({ ...r, perspective: 'staff' as const, answers: r.answers as ResponseAnswers })),
          instrumentV1,
        ),
        breakdown: 'team',
        thresholds: { minCell: 5, minSensitiveCell: 10 },
      });
    };
    const rows = [
      await timeRuns(
        `read and score all ${waveSize.toLocaleString('en')} responses, per team — baseline`,
        5,
        fromResponses,
      ),
      await timeRuns(
        `GET results from tallies, ${waveSize.toLocaleString('en')} responses, per team`,
        50,
        results('team'),
      ),
      await timeRuns(
        `GET results from tallies, ${waveSize.toLocaleString('en')} responses, whole wave`,
        50,
        results('none'),
      ),
    ];
    printTable(
      'Results of a large wave, server time (app.inject, PGlite; target < 200 ms)',
      rows.map(({ p95Ms: _, ...r }) => r),
    );
  } finally {
    await server.close();
  }
}
