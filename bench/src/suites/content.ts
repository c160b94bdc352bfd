import {
  frameworkVersionTwo,
  injectAs,
  seedNetworkAdmin,
  seedTestOrganisation,
  sessionFor,
  startTestServer,
  type TestSession,
} from '@derde-bron/server/testing';
import { printTable } from '../lib/table.ts';
import { timeRuns } from '../lib/timing.ts';

const organisations = 100;
const publications = 20;

/**
 * Issue 15: publishing a framework version (the whole guide validated, stored, made current) against
 * reading the current version, and adopting it for 100 organisations' roadmaps against reading each
 * roadmap.
 */
export async function runContent() {
  const server = await startTestServer();
  try {
    const send = async (
      session: TestSession,
      method: 'GET' | 'POST' | 'PUT',
      url: string,
      payload?: object,
    ) => {
      const res = await injectAs(server.app, session, { method, url, ...(payload ? { payload } : {}) });
      if (res.statusCode >= 300) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body}`);
      return res.json();
    };
    const admin = await sessionFor(server.app, (await seedNetworkAdmin(server)).id);
    const current = (await send(admin, 'GET', '/api/framework')).content as Parameters<
      typeof frameworkVersionTwo
    >[0];

    // Organisations with a roadmap under version 1 and a record on the item that will be renamed.
    const members: Array<{ orgId: string; session: TestSession }> = [];
    for (let i = 0; i < organisations; i++) {
      const org = await seedTestOrganisation(server, `Bench ${i}`);
      const session = await sessionFor(server.app, org.members.coordinator.id);
      const roadmap = `/api/organisations/${org.id}/roadmap`;
      await send(session, 'GET', roadmap);
      await injectAs(server.app, session, {
        method: 'PATCH',
        url: `${roadmap}/items/vision`,
        payload: { version: 1, status: 'inProgress', notes: 'In concept' },
      });
      members.push({ orgId: org.id, session });
    }

    // Drafts made beforehand, so the timed work is the publication itself.
    const drafts: Array<{ id: string; version: number }> = [];
    for (let round = 0; round < publications; round++) {
      const draft = await send(admin, 'POST', '/api/framework/drafts', {});
      const saved = await send(admin, 'PUT', `/api/framework/drafts/${draft.id}`, {
        version: draft.version,
        content: frameworkVersionTwo(current, {
          nl: `Visie (ronde ${round})`,
          en: `Vision (round ${round})`,
        }),
      });
      drafts.push({ id: saved.id, version: saved.version });
    }
    const baselineRead = await timeRuns(
      'GET /api/framework (current version) — baseline',
      publications,
      async () => {
        await send(admin, 'GET', '/api/framework');
      },
    );
    let nextDraft = 0;
    const publish = await timeRuns(
      'POST publish a draft (validate, store, make current)',
      publications,
      async () => {
        const draft = drafts[nextDraft++];
        if (!draft) throw new Error('no draft left');
        await send(admin, 'POST', `/api/framework/drafts/${draft.id}/publish`, { version: draft.version });
      },
    );
    const saveDraft = await timeRuns(
      'POST + PUT a draft (a copy, then the whole guide validated and stored)',
      publications,
      async () => {
        const draft = await send(admin, 'POST', '/api/framework/drafts', {});
        await send(admin, 'PUT', `/api/framework/drafts/${draft.id}`, {
          version: draft.version,
          content: frameworkVersionTwo(current),
        });
      },
    );
    printTable(
      `Publishing a framework version, server time (app.inject, PGlite, ${publications} sequential requests)`,
      [baselineRead, saveDraft, publish].map(({ p95Ms: _, ...row }) => row),
    );

    const newest = 1 + publications;
    let reader = 0;
    const readRoadmap = await timeRuns(
      'GET /roadmap, one per organisation — baseline',
      organisations,
      async () => {
        const member = members[reader++ % organisations];
        if (!member) throw new Error('no organisation');
        await send(member.session, 'GET', `/api/organisations/${member.orgId}/roadmap`);
      },
    );
    let previewer = 0;
    const impact = await timeRuns('GET what the new version changes (impact)', organisations, async () => {
      const member = members[previewer++ % organisations];
      if (!member) throw new Error('no organisation');
      await send(
        member.session,
        'GET',
        `/api/organisations/${member.orgId}/roadmap/framework-version/${newest}/impact`,
      );
    });
    let adopter = 0;
    const adopt = await timeRuns('POST adopt the new version', organisations, async () => {
      const member = members[adopter++ % organisations];
      if (!member) throw new Error('no organisation');
      await send(member.session, 'POST', `/api/organisations/${member.orgId}/roadmap/framework-version`, {
        version: newest,
      });
    });
    printTable(
      `Adopting a new framework version for ${organisations} organisations' roadmaps, server time (app.inject, PGlite, one request per organisation)`,
      [readRoadmap, impact, adopt].map(({ p95Ms: _, ...row }) => row),
    );
  } finally {
    await server.close();
  }
}
