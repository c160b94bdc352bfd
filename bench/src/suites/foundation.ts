import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measureLoad } from '../lib/load.ts';
import { startProcess } from '../lib/processes.ts';
import { ms, printTable, type Row } from '../lib/table.ts';

const port = 3200;

/** Issue 2: start-up time of `npm start`, and GET /api/framework against a bare Fastify server. */
export async function runFoundation() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-data-'));
  try {
    const startRows: Row[] = [];
    for (const [label, runs] of [
      ['new data folder (initdb, migrations, content)', 1],
      ['existing data folder', 3],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const server = await startProcess('npm', ['start'], { port, env: { DATA_DIR: dataDir } });
        times.push(server.readyAfterMs);
        await server.stop();
      }
      startRows.push({
        'npm start → healthy /api/health': label,
        runs,
        median: ms(times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0),
      });
    }
    printTable('Start-up (web app already built)', startRows);

    const loadRows: Row[] = [];
    const baseline = await startProcess('npx', ['tsx', 'bench/src/hello-server.ts'], { port });
    const bare = await measureLoad('bare Fastify hello world (baseline)', `${baseline.baseUrl}/api/health`);
    await baseline.stop();
    loadRows.push(bare);

    const app = await startProcess('npm', ['start'], { port, env: { DATA_DIR: dataDir } });
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
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
