import { beforeAll, describe, expect, it } from 'vitest';
import { type OrgClient, type TestSession, testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';

describe.each(testDatabases)('structured intervisie on $name', ({ target }) => {
  const s = organisationSuite(target, { label: 'Intervisie', other: 'Elders' });
  const people: string[] = [];
  let foreignPerson: string;
  let sessionId: string;

  beforeAll(async () => {
    const person = (client: OrgClient, session: TestSession, name: string) =>
      client(session, 'POST', '/registry/people', {
        name,
        kind: 'staff',
        levels: ['practice'],
        phases: ['recovery'],
        employment: 'paid',
      });
    for (const name of ['Anna de Vries', 'Fatima El Amrani', 'Jo Bos']) {
      const res = await person(s.api, s.as.coordinator, name);
      expect(res.statusCode, res.body).toBe(201);
      people.push(res.json().id);
    }
    foreignPerson = (await person(s.otherApi, s.otherAs.coordinator, 'Buiten Staander')).json().id;
  });

  it('schedules a session for a group of the organisation’s registry people, with a method', async () => {
    const body = { kind: 'intervision', setting: 'internal', heldOn: '2026-03-02', method: 'gossip' };
    const foreign = await s.api(s.as.coordinator, 'POST', '/intervision', {
      ...body,
      personIds: [people[0], foreignPerson],
    });
    expect(foreign.statusCode).toBe(404);
    expect(
      (await s.api(s.as.coordinator, 'POST', '/intervision', { ...body, personIds: [people[0]] })).statusCode,
    ).toBe(400);
    expect(
      (await s.api(s.as.expert, 'POST', '/intervision', { ...body, personIds: people })).statusCode,
    ).toBe(403);
    const made = await s.api(s.as.coordinator, 'POST', '/intervision', {
      ...body,
      personIds: people.slice(0, 2),
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ method: 'gossip', themes: '', version: 1, finishedAt: null });
    expect(made.json().participants.map((p: { name: string }) => p.name)).toEqual([
      'Anna de Vries',
      'Fatima El Amrani',
    ]);
    sessionId = made.json().id;
    const list = (await s.api(s.as.coordinator, 'GET', '/intervision')).json();
    expect(list.sessions).toEqual([expect.objectContaining({ id: sessionId, participants: 2 })]);
  });

  it('keeps themes and agreements, refuses a name from the registry and a stale version', async () => {
    const named = await s.api(s.as.coordinator, 'PUT', `/intervision/${sessionId}/record`, {
      themes: 'Grenzen stellen bij Jo',
      agreements: 'Anna oefent met nee zeggen',
      version: 1,
    });
    expect(named.statusCode).toBe(400);
    expect(named.json().details.map((d: { field: string }) => d.field)).toEqual(['body.agreements']);
    const kept = await s.api(s.as.coordinator, 'PUT', `/intervision/${sessionId}/record`, {
      themes: 'Grenzen stellen; eigen ervaring delen of niet',
      agreements: 'Volgende keer oefenen we met nee zeggen',
      version: 1,
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().version).toBe(2);
    const stale = await s.api(s.as.coordinator, 'PUT', `/intervision/${sessionId}/record`, {
      themes: 'x',
      agreements: '',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.themes).toBe('Grenzen stellen; eigen ervaring delen of niet');
  });

  it('on finishing, writes each participant’s registry log with the date and duration, once', async () => {
    const done = await s.api(s.as.coordinator, 'POST', `/intervision/${sessionId}/finish`, {
      minutes: 50,
      version: 2,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().finishedAt).not.toBeNull();
    for (const personId of people.slice(0, 2)) {
      const person = (await s.api(s.as.coordinator, 'GET', `/registry/people/${personId}`)).json();
      expect(person.logs).toEqual([
        expect.objectContaining({
          kind: 'intervision',
          heldOn: '2026-03-02',
          setting: 'internal',
          hours: 0.75,
        }),
      ]);
    }
    const absent = (await s.api(s.as.coordinator, 'GET', `/registry/people/${people[2]}`)).json();
    expect(absent.logs).toEqual([]);
    expect(
      (await s.api(s.as.coordinator, 'POST', `/intervision/${sessionId}/finish`, { minutes: 50, version: 3 }))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await s.api(s.as.coordinator, 'PUT', `/intervision/${sessionId}/record`, {
          themes: 'x',
          agreements: '',
          version: 3,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('is out of reach of another organisation', async () => {
    const res = await s.api(s.otherAs.coordinator, 'GET', `/intervision/${sessionId}`);
    expect(res.statusCode).toBe(404);
    const asOther = await s.otherApi(s.otherAs.coordinator, 'GET', `/intervision/${sessionId}`);
    expect(asOther.statusCode).toBe(404);
  });
});
