import type { LikertValue } from '@derde-bron/domain';
import {
  injectAs,
  seedClosedWave,
  seedNetworkAdmin,
  seedOrganisation,
  seedRoadmapProgress,
  seedTestOrganisation,
  sessionFor,
  startTestServer,
  type TestSession,
} from '@derde-bron/server/testing';
import { printTable } from '../lib/table.ts';
import { timeRuns } from '../lib/timing.ts';

const organisationCount = 100;
const responsesPerOrganisation = 1000;

/**
 * Issue 7: the network dashboard over 100 organisations with 1,000 responses each, and the
 * implementation report PDF, each beside a baseline of a plain read in the same run.
 */
export async function runNetwork() {
  const server = await startTestServer();
  try {
    const { db } = server.database;
    const seedStarted = performance.now();
    // One organisation with accounts (for the report), the others bare: accounts are not measured here.
    const reportOrg = await seedTestOrganisation(server, 'Benchrapport');
    const orgIds = [reportOrg.id];
    for (let i = 1; i < organisationCount; i++)
      orgIds.push((await seedOrganisation(db, `Bench netwerk ${i} ${Date.now()}`, ['Team'])).id);
    for (const [i, orgId] of orgIds.entries()) {
      await seedRoadmapProgress(db, orgId, {
        done: i % 5,
        inProgress: 1,
        changedAt: new Date(`${2024 + (i % 3)}-06-01T10:00:00Z`),
      });
      const values: LikertValue[] = [((i % 4) + 1) as LikertValue, ((i % 3) + 2) as LikertValue];
      await seedClosedWave(db, orgId, {
        title: `Meting ${i}`,
        kind: 'baseline',
        opensOn: '2025-03-01',
        closesOn: '2025-03-31',
        count: responsesPerOrganisation,
        values,
      });
    }
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const networkAdmin = await sessionFor(server.app, (await seedNetworkAdmin(server)).id);
    const orgAdmin = await sessionFor(server.app, reportOrg.members.org_admin.id);
    const get = (session: TestSession, url: string) => async () => {
      const res = await injectAs(server.app, session, { method: 'GET', url });
      if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`);
    };

    const dashboardRows = [
      await timeRuns(
        'GET /api/organisations (the members list, network_admin) — baseline',
        20,
        get(networkAdmin, '/api/organisations'),
      ),
      await timeRuns(
        'GET /api/network/dashboard, first read (computes every closed wave)',
        1,
        get(networkAdmin, '/api/network/dashboard'),
      ),
      await timeRuns(
        'GET /api/network/dashboard, later reads (closed waves kept)',
        20,
        get(networkAdmin, '/api/network/dashboard'),
      ),
    ];
    printTable(
      `Network dashboard, ${organisationCount} organisations × ${responsesPerOrganisation.toLocaleString('en')} responses, server time (app.inject, PGlite; target < 300 ms; seeding took ${seedSeconds.toFixed(0)} s)`,
      dashboardRows.map(({ p95Ms: _, ...r }) => r),
    );

    const base = `/api/organisations/${reportOrg.id}`;
    const reportRows = [
      await timeRuns(
        'GET …/roadmap (the same roadmap as JSON) — baseline',
        10,
        get(orgAdmin, `${base}/roadmap`),
      ),
      await timeRuns(
        'GET …/reports/implementation.pdf?variant=board (roadmap, goals, measurement)',
        10,
        get(orgAdmin, `${base}/reports/implementation.pdf?variant=board&locale=nl`),
      ),
      await timeRuns(
        'GET …/reports/implementation.pdf?variant=audit (with the Keurmerk indicators)',
        10,
        get(orgAdmin, `${base}/reports/implementation.pdf?variant=audit&locale=en`),
      ),
      await timeRuns(
        'GET /api/network/report.pdf (network report)',
        5,
        get(networkAdmin, '/api/network/report.pdf'),
      ),
    ];
    printTable(
      'Report PDFs made on the server with pdfmake, server time (app.inject, PGlite; target < 2 s)',
      reportRows.map(({ p95Ms: _, ...r }) => r),
    );
  } finally {
    await server.close();
  }
}
