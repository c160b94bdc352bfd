import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestAppWithOrganisation,
  injectAs,
  type OrgClient,
  orgClient,
  type SeededOrganisation,
  seedNetworkAdmin,
  sessionFor,
  type TestApp,
  type TestSession,
  testDatabases,
} from '../../testing/index.ts';

describe.each(testDatabases)('managing an organisation on $name', ({ target }) => {
  let t: TestApp;
  let org: SeededOrganisation;
  let admin: TestSession;
  beforeAll(async () => {
    ({ t, org } = await buildTestAppWithOrganisation(target));
    admin = await sessionFor(t.app, org.members.org_admin.id);
    as = orgClient(t.app, org.id);
  });
  afterAll(() => t.close());

  let as: OrgClient;

  it('lists the members with their roles for the org_admin', async () => {
    const res = await as(admin, 'GET', '/members');
    expect(res.statusCode).toBe(200);
    const roles = res
      .json()
      .members.map((m: { role: string }) => m.role)
      .sort();
    expect(roles).toEqual(['coordinator', 'expert', 'org_admin', 'team_manager']);
  });

  it('refuses to demote or remove the last org_admin', async () => {
    const id = org.members.org_admin.membershipId;
    const demote = await as(admin, 'PATCH', `/members/${id}`, { role: 'coordinator' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().message).toContain('laatste beheerder');
    const remove = await as(admin, 'DELETE', `/members/${id}`);
    expect(remove.statusCode).toBe(409);
    const members = await as(admin, 'GET', '/members');
    expect(members.json().members.find((m: { id: string }) => m.id === id).role).toBe('org_admin');
  });

  it('changes a role, signs the member out so the new role applies, and logs it', async () => {
    const expert = org.members.expert;
    const expertSession = await sessionFor(t.app, expert.id);
    const res = await as(admin, 'PATCH', `/members/${expert.membershipId}`, {
      role: 'team_manager',
      teamId: org.teams.b.id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: expert.membershipId, role: 'team_manager', teamId: org.teams.b.id });
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: expertSession.cookie },
    });
    expect(session.json().state).toBe('anonymous');
    const log = await as(admin, 'GET', '/audit-log');
    expect(log.json().entries[0]).toMatchObject({
      action: 'member.roleChanged',
      actorName: org.members.org_admin.name,
      details: { from: 'expert', to: 'team_manager' },
    });
    await as(admin, 'PATCH', `/members/${expert.membershipId}`, { role: 'expert' });
  });

  it('ends another member’s sessions on request of the org_admin', async () => {
    const coordinatorSession = await sessionFor(t.app, org.members.coordinator.id);
    const res = await as(admin, 'POST', `/members/${org.members.coordinator.membershipId}/end-sessions`);
    expect(res.statusCode).toBe(204);
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: coordinatorSession.cookie },
    });
    expect(session.json().state).toBe('anonymous');
  });

  it('lets the coordinator manage teams but not members', async () => {
    const coordinator = await sessionFor(t.app, org.members.coordinator.id);
    const added = await as(coordinator, 'POST', '/teams', { name: 'Kinderteam' });
    expect(added.statusCode).toBe(201);
    const duplicate = await as(coordinator, 'POST', '/teams', { name: 'Kinderteam' });
    expect(duplicate.statusCode).toBe(409);
    const renamed = await as(coordinator, 'PATCH', `/teams/${added.json().id}`, {
      name: 'Kinderen en jongeren',
    });
    expect(renamed.json().name).toBe('Kinderen en jongeren');
    expect((await as(coordinator, 'DELETE', `/teams/${added.json().id}`)).statusCode).toBe(204);
    const forbidden = await as(coordinator, 'PATCH', `/members/${org.members.expert.membershipId}`, {
      role: 'org_admin',
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('refuses to delete a team that a team manager depends on', async () => {
    const res = await as(admin, 'DELETE', `/teams/${org.teams.a.id}`);
    expect(res.statusCode).toBe(409);
  });

  it('withdraws an invitation so it no longer shows', async () => {
    const created = await as(admin, 'POST', '/invitations', {
      email: `weg.${Date.now()}@test.example.org`,
      role: 'expert',
    });
    expect((await as(admin, 'DELETE', `/invitations/${created.json().id}`)).statusCode).toBe(204);
    const open = await as(admin, 'GET', '/invitations');
    expect(open.json().invitations.map((i: { id: string }) => i.id)).not.toContain(created.json().id);
  });

  it('lets a network admin invite an organisation but not look inside one', async () => {
    const networkAdmin = await sessionFor(t.app, (await seedNetworkAdmin(t)).id);
    const name = `Nieuwe opvang ${Date.now()}`;
    const created = await injectAs(t.app, networkAdmin, {
      method: 'POST',
      url: '/api/organisations',
      payload: { name, adminEmail: `eerste.${Date.now()}@test.example.org` },
    });
    expect(created.statusCode).toBe(201);
    expect(t.mails.at(-1)?.text).toContain(name);
    const list = await injectAs(t.app, networkAdmin, { method: 'GET', url: '/api/organisations' });
    expect(list.json().organisations.map((o: { name: string }) => o.name)).toContain(name);
    const duplicate = await injectAs(t.app, networkAdmin, {
      method: 'POST',
      url: '/api/organisations',
      payload: { name, adminEmail: `tweede.${Date.now()}@test.example.org` },
    });
    expect(duplicate.statusCode).toBe(409);
    const inside = await injectAs(t.app, networkAdmin, {
      method: 'GET',
      url: `/api/organisations/${org.id}/members`,
    });
    expect(inside.statusCode).toBe(404);
    const asMember = await injectAs(t.app, admin, { method: 'GET', url: '/api/organisations' });
    expect(asMember.statusCode).toBe(403);
  });
});
