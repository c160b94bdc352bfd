import { can, orgRoles, type Permission } from '@derde-bron/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from './db/tenant.ts';
import { sharedItems, sharedItemVersions } from './modules/knowledge-network/table.ts';
import { roadmapEvidence } from './modules/roadmap/table.ts';
import { type TestApp, type TestSession, testDatabases } from './testing/index.ts';
import { organisationSuite } from './testing/suite.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Operation = { method: Method; path: string; permission: Permission };

/**
 * A valid body for each organisation-scoped operation, so that a refusal is the access check's and
 * not the validator's. A new scoped endpoint without an example fails the first test below.
 */
/** Wrapped-key material of the right shape (what a browser sends at a journal's set-up). */
const journalKeys = {
  salt: btoa('s'.repeat(16)),
  iterations: 600_000,
  passphraseKey: btoa('p'.repeat(60)),
  recoveryKey: btoa('r'.repeat(60)),
};

const exampleBodies: Record<string, object | undefined> = {
  'GET /api/organisations/{orgId}': undefined,
  'GET /api/organisations/{orgId}/members': undefined,
  'PATCH /api/organisations/{orgId}/members/{membershipId}': { role: 'coordinator' },
  'DELETE /api/organisations/{orgId}/members/{membershipId}': undefined,
  'POST /api/organisations/{orgId}/members/{membershipId}/end-sessions': undefined,
  'GET /api/organisations/{orgId}/invitations': undefined,
  'POST /api/organisations/{orgId}/invitations': { email: 'indringer@test.example.org', role: 'org_admin' },
  'DELETE /api/organisations/{orgId}/invitations/{invitationId}': undefined,
  'POST /api/organisations/{orgId}/teams': { name: 'Indringers' },
  'PATCH /api/organisations/{orgId}/teams/{teamId}': { name: 'Overgenomen' },
  'DELETE /api/organisations/{orgId}/teams/{teamId}': undefined,
  'GET /api/organisations/{orgId}/audit-log': undefined,
  'GET /api/organisations/{orgId}/roadmap': undefined,
  'GET /api/organisations/{orgId}/start': undefined,
  'GET /api/organisations/{orgId}/roadmap/items/{itemKey}': undefined,
  'PATCH /api/organisations/{orgId}/roadmap/items/{itemKey}': { version: 1, status: 'done' },
  'POST /api/organisations/{orgId}/roadmap/items/{itemKey}/decisions': {
    decidedOn: '2026-11-01',
    decision: 'Overgenomen',
    rationale: 'Ingebroken',
    decidedBy: 'Indringer',
  },
  'POST /api/organisations/{orgId}/roadmap/items/{itemKey}/evidence/link': {
    title: 'Vals',
    url: 'https://evil.example/x',
  },
  'POST /api/organisations/{orgId}/roadmap/items/{itemKey}/evidence/file': undefined,
  'GET /api/organisations/{orgId}/roadmap/evidence/{evidenceId}/file': undefined,
  'GET /api/organisations/{orgId}/roadmap/goals': undefined,
  'GET /api/organisations/{orgId}/roadmap/goal-reviews': undefined,
  'GET /api/organisations/{orgId}/monitor': undefined,
  'GET /api/organisations/{orgId}/monitor/gap': undefined,
  'POST /api/organisations/{orgId}/monitor/team': {
    membershipId: '6f1c1a52-8a48-4a34-9d63-0c1d7d3c3a11',
    teamRole: 'coordinator',
  },
  'DELETE /api/organisations/{orgId}/monitor/team/{memberId}': undefined,
  'POST /api/organisations/{orgId}/monitor/rounds': { cycle: 9, kind: 'begin', heldOn: '2026-11-01' },
  'GET /api/organisations/{orgId}/monitor/rounds/{roundId}': undefined,
  'PATCH /api/organisations/{orgId}/monitor/rounds/{roundId}': { version: 1, closed: true },
  'PUT /api/organisations/{orgId}/monitor/rounds/{roundId}/scores/{subjectKey}': { version: 0, score: 1 },
  'POST /api/organisations/{orgId}/monitor/rounds/{roundId}/goal-reviews': {
    goalId: '6f1c1a52-8a48-4a34-9d63-0c1d7d3c3a11',
    achieved: 'no',
  },
  'POST /api/organisations/{orgId}/roadmap/goals': { stepKey: 'exploration', title: 'Ingebroken doel' },
  'PATCH /api/organisations/{orgId}/roadmap/goals/{goalId}': { version: 1, status: 'done' },
  'GET /api/organisations/{orgId}/roadmap/policy-topics': undefined,
  'POST /api/organisations/{orgId}/roadmap/policy-topics': { title: 'Ingebroken onderwerp' },
  'PATCH /api/organisations/{orgId}/roadmap/policy-topics/{topicId}': { version: 1, notes: 'overschreven' },
  'GET /api/organisations/{orgId}/roadmap/export.csv': undefined,
  'GET /api/organisations/{orgId}/roadmap/history': undefined,
  'GET /api/organisations/{orgId}/roadmap/trend': undefined,
  'GET /api/organisations/{orgId}/roadmap/capacity': undefined,
  'POST /api/organisations/{orgId}/roadmap/capacity': {
    role: 'coordinator',
    hoursPerWeek: 40,
    startedOn: '2026-01-01',
  },
  'DELETE /api/organisations/{orgId}/roadmap/capacity': { version: 1 },
  'POST /api/organisations/{orgId}/roadmap/framework-version': { version: 2 },
  'GET /api/organisations/{orgId}/roadmap/framework-version/{version}/impact': undefined,
  'GET /api/organisations/{orgId}/waves': undefined,
  'POST /api/organisations/{orgId}/waves': {
    title: 'Ingebroken meting',
    kind: 'baseline',
    opensOn: '2026-12-01',
    closesOn: '2026-12-20',
    perspectives: ['staff'],
  },
  'POST /api/organisations/{orgId}/waves/{waveId}/close': undefined,
  'GET /api/organisations/{orgId}/waves/{waveId}/groups': undefined,
  'POST /api/organisations/{orgId}/waves/{waveId}/groups': {
    perspective: 'staff',
    teamId: null,
    headcount: 5,
  },
  'POST /api/organisations/{orgId}/waves/{waveId}/links': { groupId: '00000000-0000-4000-8000-000000000001' },
  'DELETE /api/organisations/{orgId}/waves/{waveId}/links/{linkId}': undefined,
  'GET /api/organisations/{orgId}/waves/{waveId}/results': undefined,
  'GET /api/organisations/{orgId}/waves/{waveId}/results.csv': undefined,
  'GET /api/organisations/{orgId}/waves/{waveId}/comparison': undefined,
  'GET /api/organisations/{orgId}/waves/{waveId}/open-answers': undefined,
  'GET /api/organisations/{orgId}/waves/{waveId}/results.xlsx': undefined,
  'GET /api/organisations/{orgId}/waves/{waveId}/item-results': undefined,
  'POST /api/organisations/{orgId}/waves/{waveId}/items/{itemKey}/goals': { title: 'Meer uitleg' },
  'GET /api/organisations/{orgId}/waves/{waveId}/feedback': undefined,
  'PATCH /api/organisations/{orgId}/waves/{waveId}/feedback': { intro: 'Dank je wel', version: 0 },
  'GET /api/organisations/{orgId}/feedback': undefined,
  'GET /api/organisations/{orgId}/waves/{waveId}/feedback.pdf': undefined,
  'POST /api/organisations/{orgId}/waves/{waveId}/invitations': {
    groupId: '00000000-0000-4000-8000-000000000001',
    emails: ['indringer@test.example.org'],
  },
  'POST /api/organisations/{orgId}/waves/{waveId}/invitations/reminders': undefined,
  'GET /api/organisations/{orgId}/conversation-notes': undefined,
  'POST /api/organisations/{orgId}/conversation-notes': {
    heldOn: '2026-11-01',
    summary: 'Ingebroken verslag',
  },
  'PATCH /api/organisations/{orgId}/conversation-notes/{noteId}': {
    heldOn: '2026-11-01',
    summary: 'Overschreven verslag',
    version: 1,
  },
  'DELETE /api/organisations/{orgId}/conversation-notes/{noteId}': undefined,
  'GET /api/organisations/{orgId}/registry/people': undefined,
  'POST /api/organisations/{orgId}/registry/people': {
    name: 'Indringer',
    kind: 'expert',
    trainingRecognised: true,
    levels: ['practice'],
    employment: 'paid',
  },
  'GET /api/organisations/{orgId}/registry/me': undefined,
  'GET /api/organisations/{orgId}/registry/people/{personId}': undefined,
  'PATCH /api/organisations/{orgId}/registry/people/{personId}': {
    version: 1,
    name: 'Overgenomen',
    kind: 'expert',
    trainingRecognised: true,
    levels: ['practice'],
    employment: 'paid',
  },
  'DELETE /api/organisations/{orgId}/registry/people/{personId}': undefined,
  'PUT /api/organisations/{orgId}/registry/people/{personId}/signal-mails': { enabled: true },
  'POST /api/organisations/{orgId}/registry/people/{personId}/logs': {
    kind: 'supervision',
    heldOn: '2026-01-01',
    setting: 'internal',
  },
  'PATCH /api/organisations/{orgId}/registry/people/{personId}/logs/{logId}': {
    version: 1,
    kind: 'training',
    heldOn: '2026-01-01',
    setting: 'external',
    title: 'Overgenomen',
  },
  'DELETE /api/organisations/{orgId}/registry/people/{personId}/logs/{logId}': undefined,
  'GET /api/organisations/{orgId}/registry/coverage': undefined,
  'GET /api/organisations/{orgId}/registry/signals': undefined,
  'GET /api/organisations/{orgId}/registry/settings': undefined,
  'PATCH /api/organisations/{orgId}/registry/settings': {
    version: 1,
    rolesRequiringRegistration: [],
    rolesRequiringTraining: [],
    norms: {
      reflectionMonths: 3,
      registerplein: { periodMonths: 60, reflectionHours: 40 },
      skj: { periodMonths: 60, reflectionHours: 40 },
    },
    levelsPresent: ['practice'],
  },
  'GET /api/organisations/{orgId}/size': undefined,
  'PATCH /api/organisations/{orgId}/size': { version: 1, staffFte: 1, clientsPerYear: 1 },
  'GET /api/organisations/{orgId}/registry/formation': undefined,
  'PATCH /api/organisations/{orgId}/registry/formation': {
    version: 1,
    hoursPerFte: 36,
    targets: [{ level: 'practice', phase: 'safety', people: 9, fte: 9 }],
    budget: [],
  },
  'POST /api/organisations/{orgId}/registry/import': undefined,
  'GET /api/organisations/{orgId}/registry/export.csv': undefined,
  'GET /api/organisations/{orgId}/registry/export.xlsx': undefined,
  'GET /api/organisations/{orgId}/activities': undefined,
  'POST /api/organisations/{orgId}/activities': { activityKey: 'walkingGroups', phases: ['recovery'] },
  'PATCH /api/organisations/{orgId}/activities/{activityId}': {
    version: 1,
    activityKey: 'walkingGroups',
    phases: ['safety'],
  },
  'DELETE /api/organisations/{orgId}/activities/{activityId}': undefined,
  'POST /api/organisations/{orgId}/activities/{activityId}/reach': {
    quarter: '2026-Q1',
    adults: 99,
    children: 0,
    partners: 0,
    network: 0,
  },
  'GET /api/organisations/{orgId}/knowledge-network/membership': undefined,
  'PUT /api/organisations/{orgId}/knowledge-network/membership': { sharing: false },
  'GET /api/organisations/{orgId}/knowledge-network/items': undefined,
  'GET /api/organisations/{orgId}/knowledge-network/own-items': undefined,
  'GET /api/organisations/{orgId}/knowledge-network/items/{itemId}': undefined,
  'GET /api/organisations/{orgId}/knowledge-network/items/{itemId}/file': undefined,
  'POST /api/organisations/{orgId}/knowledge-network/items': {
    kind: 'activityFormat',
    title: 'Ingebroken format',
    licence: 'CC BY',
    phases: ['recovery'],
    audience: ['clients'],
  },
  'POST /api/organisations/{orgId}/knowledge-network/documents': undefined,
  'POST /api/organisations/{orgId}/knowledge-network/items/{itemId}/versions': undefined,
  'POST /api/organisations/{orgId}/knowledge-network/items/{itemId}/withdraw': { version: 1 },
  'POST /api/organisations/{orgId}/knowledge-network/items/{itemId}/copy-to-activities': undefined,
  'POST /api/organisations/{orgId}/knowledge-network/items/{itemId}/copy-to-policy-topics': undefined,
  'GET /api/organisations/{orgId}/knowledge-network/copies': undefined,
  'GET /api/organisations/{orgId}/network/comparison': undefined,
  'GET /api/organisations/{orgId}/network/participation': undefined,
  'PATCH /api/organisations/{orgId}/network/participation': { optedOut: true },
  'POST /api/organisations/{orgId}/reports': { variant: 'board' },
  'GET /api/organisations/{orgId}/reports': undefined,
  'GET /api/organisations/{orgId}/reports/{reportId}/pdf': undefined,
  'GET /api/organisations/{orgId}/export.json': undefined,
  'GET /api/organisations/{orgId}/export.xlsx': undefined,
  'GET /api/organisations/{orgId}/export.csv': undefined,
  'DELETE /api/organisations/{orgId}/data': { confirmation: 'Slachtoffer' },
  'GET /api/organisations/{orgId}/intervision': undefined,
  'POST /api/organisations/{orgId}/intervision': {
    kind: 'intervision',
    setting: 'internal',
    heldOn: '2026-03-02',
    method: 'incident',
    personIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
  },
  'GET /api/organisations/{orgId}/intervision/{sessionId}': undefined,
  'PUT /api/organisations/{orgId}/intervision/{sessionId}/record': {
    themes: 'Grenzen',
    agreements: '',
    version: 1,
  },
  'POST /api/organisations/{orgId}/intervision/{sessionId}/finish': { minutes: 60, version: 1 },
  'GET /api/organisations/{orgId}/journal': undefined,
  'POST /api/organisations/{orgId}/journal': journalKeys,
  'PUT /api/organisations/{orgId}/journal/keys': { ...journalKeys, version: 1 },
  'DELETE /api/organisations/{orgId}/journal': undefined,
  'GET /api/organisations/{orgId}/journal/entries': undefined,
  'POST /api/organisations/{orgId}/journal/entries': { sealed: btoa('x'.repeat(1052)) },
  'PUT /api/organisations/{orgId}/journal/entries/{entryId}': { sealed: btoa('x'.repeat(1052)), version: 1 },
  'DELETE /api/organisations/{orgId}/journal/entries/{entryId}': undefined,
};

/** Every operation on one organisation's data, with its permission, read from the OpenAPI document. */
async function scopedOperations(t: TestApp): Promise<Operation[]> {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries<Record<string, { security?: Array<{ session?: string[] }> }>>(
    doc.paths,
  )) {
    if (!path.includes('{orgId}')) continue;
    for (const [method, operation] of Object.entries(methods)) {
      const permission = operation.security?.[0]?.session?.[0];
      operations.push({ method: method.toUpperCase() as Method, path, permission: permission as Permission });
    }
  }
  return operations;
}

describe.each(testDatabases)('tenant isolation of every scoped endpoint on $name', ({ target }) => {
  // a is attacked, b attacks.
  const s = organisationSuite(target, { label: 'Slachtoffer', other: 'Buur', networkAdmin: true });
  let operations: Operation[];
  let invitationId: string;
  let goalId: string;
  let topicId: string;
  let evidenceId: string;
  let waveId: string;
  let noteId: string;
  let personId: string;
  let logId: string;
  let activityId: string;
  let linkId: string;
  let reportId: string;
  let roundId: string;
  let monitorMemberId: string;
  let sharedItemId: string;
  let sessionId: string;

  const snapshotOfA = async () => {
    const admin = s.as.org_admin;
    const get = async (path: string) =>
      (await s.injectAs(admin, { method: 'GET', url: `/api/organisations/${s.org.id}${path}` })).body;
    return [
      await get(''),
      await get('/members'),
      await get('/invitations'),
      await get('/roadmap'),
      await get('/roadmap/items/vision'),
      await get('/roadmap/goals'),
      await get('/roadmap/policy-topics'),
      await get('/roadmap/goal-reviews'),
      await get('/monitor'),
      await get(`/monitor/rounds/${roundId}`),
      await get('/waves'),
      await get(`/waves/${waveId}/groups`),
      await get('/conversation-notes'),
      await get('/registry/people'),
      await get(`/registry/people/${personId}`),
      await get('/registry/settings'),
      await get('/registry/formation'),
      await get('/size'),
      await get('/activities'),
      await get('/reports'),
      await get('/intervision'),
      await get(`/intervision/${sessionId}`),
    ];
  };

  beforeAll(async () => {
    operations = await scopedOperations(s.t);
    const invited = await s.injectAs(s.as.org_admin, {
      method: 'POST',
      url: `/api/organisations/${s.org.id}/invitations`,
      payload: { email: `open.${Date.now()}@test.example.org`, role: 'expert' },
    });
    invitationId = invited.json().id;
    const asAdmin = (url: string, payload: object) =>
      s.injectAs(s.as.org_admin, {
        method: 'POST',
        url: `/api/organisations/${s.org.id}${url}`,
        payload,
      });
    goalId = (await asAdmin('/roadmap/goals', { stepKey: 'exploration', title: 'Nulmeting doen' })).json().id;
    topicId = (await asAdmin('/roadmap/policy-topics', { title: 'Nazorg' })).json().id;
    monitorMemberId = (
      await asAdmin('/monitor/team', {
        membershipId: s.org.members.coordinator.membershipId,
        teamRole: 'coordinator',
      })
    ).json().id;
    roundId = (await asAdmin('/monitor/rounds', { cycle: 1, kind: 'begin', heldOn: '2026-01-10' })).json().id;
    // A closed 0-meting and a closed later wave, so that results and the comparison can be read.
    const wave = (kind: string, title: string) =>
      asAdmin('/waves', {
        title,
        kind,
        opensOn: '2026-01-05',
        closesOn: '2026-12-20',
        perspectives: ['staff'],
      });
    const baselineId = (await wave('baseline', '0-meting Slachtoffer')).json().id;
    waveId = (await wave('followUp', 'Tweede meting Slachtoffer')).json().id;
    // A group with a shared link, made while the wave is open, so that withdrawing it can be tried.
    const groupId = (
      await asAdmin(`/waves/${waveId}/groups`, { perspective: 'staff', teamId: null, headcount: 5 })
    ).json().id;
    linkId = (await asAdmin(`/waves/${waveId}/links`, { groupId })).json().id;
    for (const id of [baselineId, waveId]) await asAdmin(`/waves/${id}/close`, {});
    // Its terugkoppeling published, so that every member may read it.
    await s.injectAs(s.as.org_admin, {
      method: 'PATCH',
      url: `/api/organisations/${s.org.id}/waves/${waveId}/feedback`,
      payload: { intro: 'Dank je wel voor het invullen.', version: 0 },
    });
    noteId = (await asAdmin('/conversation-notes', { heldOn: '2026-11-02', summary: 'Teamgesprek' })).json()
      .id;
    // A registry record linked to the expert of A (so the expert may read it), with a log and an activity.
    personId = (
      await asAdmin('/registry/people', {
        name: 'Verborgen Persoon',
        kind: 'expert',
        trainingRecognised: true,
        membershipId: s.org.members.expert.membershipId,
        levels: ['practice'],
        phases: ['recovery'],
        employment: 'paid',
      })
    ).json().id;
    logId = (
      await asAdmin(`/registry/people/${personId}/logs`, {
        kind: 'supervision',
        heldOn: '2026-01-05',
        setting: 'external',
      })
    ).json().id;
    activityId = (
      await asAdmin('/activities', {
        activityKey: 'recoveryGroups',
        phases: ['recovery'],
        leaderPersonIds: [personId],
      })
    ).json().id;
    reportId = (await asAdmin('/reports', { variant: 'board' })).json().id;
    // A's own document in the kennisnetwerk, withdrawn: the other members may not reach it.
    sharedItemId = await withTenant(s.t.database.db, s.org.id, async (tx) => {
      const [item] = await tx
        .insert(sharedItems)
        .values({
          orgId: s.org.id,
          ownerName: s.org.name,
          kind: 'visionDocument',
          title: 'Verborgen format',
          licence: 'CC BY',
          status: 'withdrawn',
        })
        .returning();
      if (!item) throw new Error('item not made');
      await tx.insert(sharedItemVersions).values({
        orgId: s.org.id,
        itemId: item.id,
        number: 1,
        fileName: 'visie.pdf',
        mimeType: 'application/pdf',
        size: 8,
        content: Buffer.from('%PDF-1.4'),
      });
      return item.id;
    });
    const secondPersonId = (
      await asAdmin('/registry/people', {
        name: 'Tweede Persoon',
        kind: 'staff',
        levels: ['practice'],
        phases: ['recovery'],
        employment: 'paid',
      })
    ).json().id;
    sessionId = (
      await asAdmin('/intervision', {
        kind: 'intervision',
        setting: 'internal',
        heldOn: '2026-03-02',
        method: 'incident',
        personIds: [personId, secondPersonId],
      })
    ).json().id;
    const [evidence] = await withTenant(s.t.database.db, s.org.id, (tx) =>
      tx
        .insert(roadmapEvidence)
        .values({
          orgId: s.org.id,
          itemKey: 'vision',
          title: 'visie.pdf',
          fileName: 'visie.pdf',
          mimeType: 'application/pdf',
          size: 8,
          content: Buffer.from('%PDF-1.4'),
        })
        .returning(),
    );
    evidenceId = evidence?.id ?? '';
  }, 120_000); // a sample of every kind of record: slow on a busy 2-core machine

  const urlFor = (operation: Operation) =>
    operation.path
      .replace('{orgId}', s.org.id)
      .replace('{teamId}', s.org.teams.b.id)
      .replace('{membershipId}', s.org.members.expert.membershipId)
      .replace('{invitationId}', invitationId)
      .replace('{itemKey}', 'vision')
      .replace('{goalId}', goalId)
      .replace('{topicId}', topicId)
      .replace('{evidenceId}', evidenceId)
      .replace('{waveId}', waveId)
      .replace('{linkId}', linkId)
      .replace('{noteId}', noteId)
      .replace('{personId}', personId)
      .replace('{logId}', logId)
      .replace('{activityId}', activityId)
      .replace('{reportId}', reportId)
      .replace('{roundId}', roundId)
      .replace('{memberId}', monitorMemberId)
      .replace('{subjectKey}', 'step:exploration')
      .replace('{version}', '1')
      .replace('{itemId}', sharedItemId)
      .replace('{sessionId}', sessionId)
      .replace('{entryId}', '00000000-0000-4000-8000-000000000000');

  const call = (session: TestSession, operation: Operation) => {
    const body = exampleBodies[`${operation.method} ${operation.path}`];
    return s.injectAs(session, {
      method: operation.method,
      url: urlFor(operation),
      ...(body ? { payload: body } : {}),
    });
  };

  it('knows every scoped operation in the OpenAPI document, and each names its permission', () => {
    expect(operations.length).toBeGreaterThanOrEqual(Object.keys(exampleBodies).length);
    for (const operation of operations) {
      expect(Object.keys(exampleBodies)).toContain(`${operation.method} ${operation.path}`);
      expect(operation.permission, `${operation.method} ${operation.path}`).toBeTruthy();
    }
  });

  it('refuses members of another organisation (every role) and the network admin, and leaks nothing', async () => {
    const before = await snapshotOfA();
    const secrets = [
      s.org.name,
      ...orgRoles.map((role) => s.org.members[role].email),
      s.org.teams.a.id,
      invitationId,
      'Nulmeting doen',
      'Nazorg',
      'Verborgen Persoon',
      'Verborgen format',
    ];
    for (const operation of operations) {
      for (const [who, session] of [
        ...Object.entries(s.otherAs),
        ['network_admin', s.networkAdmin] as const,
      ]) {
        const res = await call(session, operation);
        expect([403, 404], `${who} → ${operation.method} ${operation.path}`).toContain(res.statusCode);
        for (const secret of secrets) expect(res.body).not.toContain(secret);
      }
    }
    expect(await snapshotOfA()).toEqual(before);
  }, 60_000); // every operation × every caller: slow on a busy 2-core machine

  it('refuses every role of the organisation itself that lacks the permission, and changes nothing', async () => {
    const before = await snapshotOfA();
    for (const operation of operations) {
      for (const role of orgRoles.filter((r) => !can(r, operation.permission))) {
        const res = await call(s.as[role], operation);
        expect(res.statusCode, `${role} → ${operation.method} ${operation.path}`).toBe(403);
      }
    }
    expect(await snapshotOfA()).toEqual(before);
  }, 60_000);

  it('lets every role that has the permission read', async () => {
    for (const operation of operations.filter((o) => o.method === 'GET')) {
      for (const role of orgRoles.filter((r) => can(r, operation.permission))) {
        const res = await call(s.as[role], operation);
        expect(res.statusCode, `${role} → ${operation.path}`).toBe(200);
      }
    }
  }, 60_000);

  it('refuses anyone not signed in', async () => {
    for (const operation of operations) {
      const res = await s.t.app.inject({
        method: operation.method,
        url: urlFor(operation),
        payload: exampleBodies[`${operation.method} ${operation.path}`],
      });
      expect(res.statusCode, `${operation.method} ${operation.path}`).toBe(401);
    }
  });
});
