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
      await seedClosedWave(db, server.secretBox, orgId, {
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
        'GET /api/network/dashboard, first read (works out and stores every closed wave)',
        1,
        get(networkAdmin, '/api/network/dashboard'),
      ),
      await timeRuns(
        'GET /api/network/dashboard, later reads (totals stored with the waves)',
        20,
        get(networkAdmin, '/api/network/dashboard'),
      ),
    ];
    printTable(
      `Network dashboard, ${organisationCount} organisations × ${responsesPerOrganisation.toLocaleString('en')} responses, server time (app.inject, PGlite; target < 300 ms; seeding took ${seedSeconds.toFixed(0)} s)`,
      dashboardRows.map(({ p95Ms: _, ...r }) => r),
    );

    /** Asks for a report, lets the job queue make it, and downloads the PDF. */
    const report = (session: TestSession, asked: string, payload: object) => async () => {
      const res = await injectAs(server.app, session, { method: 'POST', url: asked, payload });
      if (res.statusCode !== 202) throw new Error(`${asked} answered ${res.statusCode}`);
      await server.app.jobs.idle();
      await get(session, `${asked}/${res.json().id}/pdf`)();
    };

    const base = `/api/organisations/${reportOrg.id}`;
    const reportRows = [
      await timeRuns(
        'GET …/roadmap (the same roadmap as JSON) — baseline',
        10,
        get(orgAdmin, `${base}/roadmap`),
      ),
      await timeRuns(
        'POST …/reports board variant, job, GET its PDF (roadmap, goals, measurement)',
        10,
        report(orgAdmin, `${base}/reports`, { variant: 'board', locale: 'nl' }),
      ),
      await timeRuns(
        'POST …/reports audit variant, job, GET its PDF (with the Keurmerk indicators)',
        10,
        report(orgAdmin, `${base}/reports`, { variant: 'audit', locale: 'en' }),
      ),
      await timeRuns(
        'POST /api/network/reports, job, GET its PDF (network report)',
        5,
        report(networkAdmin, '/api/network/reports', { locale: 'nl' }),
      ),
    ];
    printTable(
      'Report PDFs made by the job queue with pdfmake, from asking to download, server time (app.inject, PGlite; target < 2 s)',
      reportRows.map(({ p95Ms: _, ...r }) => r),
    );
  } finally {
    await server.close();
  }
}
