import {
  roadmapItemHistory,
  seedTestOrganisation,
  sessionFor,
  startTestServer,
  withTenant,
} from '@derde-bron/server/testing';
import { printTable } from '../lib/table.ts';
import { timeRuns } from '../lib/timing.ts';

const historyRows = 10_000;
const runs = 200;

/** Issue 4: the roadmap overview of an organisation with a full history, against one without. */
export async function runRoadmap() {
  const server = await startTestServer();
  try {
    const quiet = await seedTestOrganisation(server, 'Rustig');
    const busy = await seedTestOrganisation(server, 'Druk');
    const overviewOf = async (orgId: string, userId: string) => {
      const session = await sessionFor(server.app, userId);
      const url = `/api/organisations/${orgId}/roadmap`;
      const first = await server.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
      if (first.statusCode !== 200) throw new Error(`overview answered ${first.statusCode}`);
      return async () => {
        const res = await server.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
        if (res.statusCode !== 200) throw new Error(`overview answered ${res.statusCode}`);
      };
    };
    const quietOverview = await overviewOf(quiet.id, quiet.members.coordinator.id);
    const busyOverview = await overviewOf(busy.id, busy.members.coordinator.id);
    const keys = ['inventory', 'baselineMeasurement', 'vision', 'capacity', 'education', 'structuralFunding'];
    await withTenant(server.database.db, busy.id, async (tx) => {
      for (let start = 0; start < historyRows; start += 1000) {
        await tx.insert(roadmapItemHistory).values(
          Array.from({ length: 1000 }, (_, i) => ({
            orgId: busy.id,
            itemKey: keys[(start + i) % keys.length] ?? 'vision',
            changedByName: 'Benchmark',
            changes: [{ field: 'notes', from: `versie ${start + i}`, to: `versie ${start + i + 1}` }],
          })),
        );
      }
    });
    const rows = [
      await timeRuns('GET /roadmap, no history — baseline', runs, quietOverview),
      await timeRuns(`GET /roadmap, ${historyRows.toLocaleString('en')} history rows`, runs, busyOverview),
    ];
    printTable(
      `Roadmap overview, server time (app.inject, PGlite, ${runs} sequential requests; target p95 < 50 ms)`,
      rows.map(({ p95Ms: _, ...row }) => row),
    );
  } finally {
    await server.close();
  }
}
