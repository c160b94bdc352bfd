import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildTestApp, startPrivatePostgres } from '@derde-bron/server/testing';
import { measureLoad } from '../lib/load.ts';
import { peakRssMb, rssMb } from '../lib/memory.ts';
import { startProcess } from '../lib/processes.ts';
import { openQuestionnaireLink } from '../lib/questionnaire-link.ts';
import { failuresOf, submitLoad } from '../lib/submit-load.ts';
import { ms, printTable, type Row } from '../lib/table.ts';

const port = 3200;
const runs = 3;
const production = ['packages/server/dist/main.js'];
/** The load of issue 20's memory target: 32 connections at once (anonymous submissions). */
const loadConnections = 32;
const loadSeconds = 10;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The phases the server logs once it listens (server.ts, lib/startup-timer.ts). */
function startupPhases(output: string): Record<string, number> | undefined {
  for (const line of output.split('\n')) {
    if (!line.includes('"startupMs"')) continue;
    try {
      return (JSON.parse(line) as { startupMs: Record<string, number> }).startupMs;
    } catch {
      // a line of demo accounts, not JSON
    }
  }
  return undefined;
}

/**
 * Issues 2 and 20: start to a healthy /api/health, of `npm start` and of production's
 * `node packages/server/dist/main.js`, on a new data folder (template copy, demo data) and on an
 * existing one, against node starting a bare Fastify server; where a start's time goes; requests
 * against a bare Fastify server; memory of embedded mode beside PostgreSQL mode.
 */
export async function runFoundation() {
  const folders: string[] = [];
  const newFolder = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bench-data-'));
    folders.push(dir);
    return dir;
  };
  try {
    await startUp(newFolder);
    await requests(await newFolder());
    await memory(newFolder);
  } finally {
    for (const dir of folders) await rm(dir, { recursive: true, force: true });
  }
}

async function startUp(newFolder: () => Promise<string>) {
  const rows: Row[] = [];
  const breakdown: Row[] = [];
  const measure = async (
    label: string,
    command: string,
    args: string[],
    folder: () => Promise<string | undefined>,
    target: string,
  ) => {
    const times: number[] = [];
    const phases: Array<{ total: number; phases: Record<string, number> }> = [];
    for (let i = 0; i < runs; i++) {
      const dataDir = await folder();
      const server = await startProcess(command, args, {
        port,
        env: { LOG_LEVEL: 'info', ...(dataDir ? { DATA_DIR: dataDir } : {}) },
      });
      times.push(server.readyAfterMs);
      const logged = startupPhases(server.output());
      if (logged) phases.push({ total: server.readyAfterMs, phases: logged });
      await server.stop();
    }
    rows.push({
      start: label,
      runs,
      median: ms(median(times)),
      min: ms(Math.min(...times)),
      max: ms(Math.max(...times)),
      target,
    });
    const typical = phases.sort((a, b) => a.total - b.total)[Math.floor(phases.length / 2)];
    if (typical) breakdown.push({ start: label, ...typical.phases, 'to healthy': Math.round(typical.total) });
  };

  await measure(
    'node, bare Fastify hello world — baseline',
    process.execPath,
    ['bench/src/hello-server.mjs'],
    async () => undefined,
    '',
  );
  const existing = await newFolder();
  let madeExisting = false;
  const existingFolder = async () => {
    if (!madeExisting) {
      // The first start makes the folder (and its demo data); it is not counted.
      const first = await startProcess(process.execPath, production, { port, env: { DATA_DIR: existing } });
      await first.stop();
      madeExisting = true;
    }
    return existing;
  };
  await measure('node dist/main.js, new data folder', process.execPath, production, newFolder, '≤ 4 s');
  await measure(
    'node dist/main.js, existing data folder',
    process.execPath,
    production,
    existingFolder,
    '≤ 1.5 s',
  );
  await measure('npm start, new data folder', 'npm', ['start'], newFolder, '');
  await measure('npm start, existing data folder', 'npm', ['start'], existingFolder, '');
  printTable(`Start to a healthy /api/health (web app and server built; median of ${runs})`, rows);
  printTable(
    'Where a start goes, in ms (the server logs it: Node bootstrap, module loading, database open (embedded: what is left of it after module loading, which it overlaps), migrations, bundled content, jobs and secret key, app, demo data, listen; the median run)',
    breakdown,
  );
}

async function requests(dataDir: string) {
  const loadRows: Row[] = [];
  const baseline = await startProcess(process.execPath, ['bench/src/hello-server.mjs'], { port });
  const bare = await measureLoad('bare Fastify hello world (baseline)', `${baseline.baseUrl}/api/health`);
  await baseline.stop();
  loadRows.push(bare);

  const app = await startProcess(process.execPath, production, { port, env: { DATA_DIR: dataDir } });
  const framework = await measureLoad('GET /api/framework (PGlite)', `${app.baseUrl}/api/framework`);
  await app.stop();
  loadRows.push({
    ...framework,
    'vs baseline': `${((framework.requestsPerSecond / bare.requestsPerSecond) * 100).toFixed(0)}%`,
  });
  bare['vs baseline'] = '100%';
  printTable(
    'Requests per second (autocannon, 10 connections, 5 s, loopback)',
    loadRows.map(({ requestsPerSecond: _, ...row }) => row),
  );
}

/**
 * Resident memory right after a start and at its peak under anonymous submissions from 32
 * connections: embedded mode's first start (demo data) and a restart, PostgreSQL mode, and node
 * with a bare Fastify server under the same number of connections as the baseline.
 */
async function memory(newFolder: () => Promise<string>) {
  const rows: Row[] = [];
  const row = (
    mode: string,
    afterStart: number,
    peak: number | string,
    {
      perSecond = '',
      failures = '',
      target = '',
    }: { perSecond?: number | string; failures?: number | string; target?: string } = {},
  ) =>
    rows.push({
      mode,
      'RSS after start MB': afterStart,
      'peak RSS under load MB': peak,
      'acknowledged /s': perSecond,
      failures,
      target,
    });

  const bare = await startProcess(process.execPath, ['bench/src/hello-server.mjs'], { port });
  const bareStart = await rssMb(bare.child.pid ?? 0);
  await measureLoad('bare', `${bare.baseUrl}/api/health`, {
    connections: loadConnections,
    durationSeconds: loadSeconds,
  });
  row(
    'node, bare Fastify hello world — baseline (GET load)',
    bareStart,
    await peakRssMb(bare.child.pid ?? 0),
  );
  await bare.stop();

  // Embedded: a first start with demo data, then a link made while the server is stopped (PGlite is
  // one process's), then a restart under load.
  const dataDir = await newFolder();
  const first = await startProcess(process.execPath, production, { port, env: { DATA_DIR: dataDir } });
  const firstStart = await rssMb(first.child.pid ?? 0);
  await first.stop();
  row('embedded (PGlite), first start with demo data', firstStart, '', { target: '≤ 300 after start' });
  const seeding = await buildTestApp({ dataDir });
  const embeddedLink = await openQuestionnaireLink(seeding, 'Geheugen embedded', 50_000);
  await seeding.close();
  const embedded = await startProcess(process.execPath, production, {
    port,
    env: { DATA_DIR: dataDir, RESPOND_RATE_LIMIT_PER_MINUTE: '1000000' },
  });
  const embeddedStart = await rssMb(embedded.child.pid ?? 0);
  const embeddedLoad = await submitLoad(embedded.baseUrl, embeddedLink.tokens, loadConnections, loadSeconds);
  row(
    'embedded (PGlite), restart, then submissions',
    embeddedStart,
    await peakRssMb(embedded.child.pid ?? 0),
    {
      perSecond: Math.round(embeddedLoad['2xx'] / loadSeconds),
      failures: failuresOf(embeddedLoad),
      target: '≤ 300 after start, ≤ 400 under load',
    },
  );
  await embedded.stop();

  const given = process.env.BENCH_DATABASE_URL;
  const privateServer = given ? undefined : await startPrivatePostgres({ durable: true });
  const url = given ?? privateServer?.url ?? '';
  try {
    const seedingServer = await buildTestApp({ url });
    const serverLink = await openQuestionnaireLink(seedingServer, 'Geheugen server', 50_000);
    await seedingServer.close();
    const server = await startProcess(process.execPath, production, {
      port,
      env: {
        DATABASE_URL: url,
        DATA_DIR: await newFolder(),
        NODE_ENV: 'test',
        DEMO_DATA: 'false',
        RESPOND_RATE_LIMIT_PER_MINUTE: '1000000',
      },
    });
    const serverStart = await rssMb(server.child.pid ?? 0);
    const serverLoad = await submitLoad(server.baseUrl, serverLink.tokens, loadConnections, loadSeconds);
    row('PostgreSQL server mode, then submissions', serverStart, await peakRssMb(server.child.pid ?? 0), {
      perSecond: Math.round(serverLoad['2xx'] / loadSeconds),
      failures: failuresOf(serverLoad),
      target: '≤ 300 under load',
    });
    await server.stop();
  } finally {
    await privateServer?.destroy();
  }
  printTable(
    `Memory of the server process (RSS; load: ${loadConnections} connections, ${loadSeconds} s of anonymous submissions, loopback)`,
    rows,
  );
}
