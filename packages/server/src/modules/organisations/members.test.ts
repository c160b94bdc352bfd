import { describe, expect, it } from 'vitest';
import { withTenant } from '../../db/tenant.ts';
import { seedOrganisation } from '../../seed/accounts.ts';
import { seedNetworkAdmin, testDatabases, uniqueSuffix } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';
import { findOrganisationWithTeams } from './repository.ts';

describe.each(testDatabases)('managing an organisation on $name', ({ target }) => {
  const s = organisationSuite(target);

  it('shows the organisation with its teams by name, to every member', async () => {
    const made = await s.api(s.as.org_admin, 'POST', '/teams', { name: 'Aanloop' });
    expect(made.statusCode).toBe(201);
    const res = await s.api(s.as.expert, 'GET', '');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: s.org.id,
      name: s.org.name,
      teams: [
        { id: made.json().id, name: 'Aanloop' },
        { id: s.org.teams.a.id, name: 'Team A' },
        { id: s.org.teams.b.id, name: 'Team B' },
      ],
    });
  });

  it('reads an organisation without teams as one with none, and an unknown one as none', async () => {
    const bare = await seedOrganisation(s.t.database.db, `Zonder teams ${uniqueSuffix()}`, []);
    const { db } = s.t.database;
    expect(await withTenant(db, bare.id, (tx) => findOrganisationWithTeams(tx, bare.id))).toEqual({
      id: bare.id,
      name: bare.name,
      teams: [],
    });
    // Another organisation's id inside this one's transaction: row-level security shows nothing.
    expect(await withTenant(db, bare.id, (tx) => findOrganisationWithTeams(tx, s.org.id))).toBeUndefined();
  });

  it('lists the members with their roles for the org_admin', async () => {
    const res = await s.api(s.as.org_admin, 'GET', '/members');
    expect(res.statusCode).toBe(200);
    const roles = res
      .json()
      .members.map((m: { role: string }) => m.role)
      .sort();
    expect(roles).toEqual(['coordinator', 'expert', 'org_admin', 'team_manager']);
  });

  it('refuses to demote or remove the last org_admin', async () => {
    const id = s.org.members.org_admin.membershipId;
    const demote = await s.api(s.as.org_admin, 'PATCH', `/members/${id}`, { role: 'coordinator' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().message).toContain('laatste beheerder');
    const remove = await s.api(s.as.org_admin, 'DELETE', `/members/${id}`);
    expect(remove.statusCode).toBe(409);
    const members = await s.api(s.as.org_admin, 'GET', '/members');
    expect(members.json().members.find((m: { id: string }) => m.id === id).role).toBe('org_admin');
  });

  it('changes a role, signs the member out so the new role applies, and logs it', async () => {
    const expert = s.org.members.expert;
    const expertSession = await s.sessionFor(expert.id);
    const res = await s.api(s.as.org_admin, 'PATCH', `/members/${expert.membershipId}`, {
      role: 'team_manager',
      teamId: s.org.teams.b.id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: expert.membershipId, role: 'team_manager', teamId: s.org.teams.b.id });
    const session = await s.sessionRequest(expertSession.cookie);
    expect(session.json().state).toBe('anonymous');
    const log = await s.api(s.as.org_admin, 'GET', '/audit-log');
    expect(log.json().entries[0]).toMatchObject({
      action: 'member.roleChanged',
      actorName: s.org.members.org_admin.name,
      details: { from: 'expert', to: 'team_manager' },
    });
    await s.api(s.as.org_admin, 'PATCH', `/members/${expert.membershipId}`, { role: 'expert' });
  });

  it('ends another member’s sessions on request of the org_admin', async () => {
    const coordinatorSession = await s.sessionFor(s.org.members.coordinator.id);
    const res = await s.api(
      s.as.org_admin,
      'POST',
      `/members/${s.org.members.coordinator.membershipId}/end-sessions`,
    );
    expect(res.statusCode).toBe(204);
    const session = await s.sessionRequest(coordinatorSession.cookie);
    expect(session.json().state).toBe('anonymous');
  });

  it('lets the coordinator manage teams but not members', async () => {
    const coordinator = await s.sessionFor(s.org.members.coordinator.id);
    const added = await s.api(coordinator, 'POST', '/teams', { name: 'Kinderteam' });
    expect(added.statusCode).toBe(201);
    const duplicate = await s.api(coordinator, 'POST', '/teams', { name: 'Kinderteam' });
    expect(duplicate.statusCode).toBe(409);
    const renamed = await s.api(coordinator, 'PATCH', `/teams/${added.json().id}`, {
      name: 'Kinderen en jongeren',
    });
    expect(renamed.json().name).toBe('Kinderen en jongeren');
    expect((await s.api(coordinator, 'DELETE', `/teams/${added.json().id}`)).statusCode).toBe(204);
    const forbidden = await s.api(coordinator, 'PATCH', `/members/${s.org.members.expert.membershipId}`, {
      role: 'org_admin',
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('refuses to delete a team that a team manager depends on', async () => {
    const res = await s.api(s.as.org_admin, 'DELETE', `/teams/${s.org.teams.a.id}`);
    expect(res.statusCode).toBe(409);
  });

  it('withdraws an invitation so it no longer shows', async () => {
    const created = await s.api(s.as.org_admin, 'POST', '/invitations', {
      email: `weg.${Date.now()}@test.example.org`,
      role: 'expert',
    });
    expect((await s.api(s.as.org_admin, 'DELETE', `/invitations/${created.json().id}`)).statusCode).toBe(204);
    const open = await s.api(s.as.org_admin, 'GET', '/invitations');
    expect(open.json().invitations.map((i: { id: string }) => i.id)).not.toContain(created.json().id);
  });

  it('lets a network admin invite an organisation but not look inside one', async () => {
    const networkAdmin = await s.sessionFor((await seedNetworkAdmin(s.t)).id);
    const name = `Nieuwe opvang ${Date.now()}`;
    const created = await s.injectAs(networkAdmin, {
      method: 'POST',
      url: '/api/organisations',
      payload: { name, adminEmail: `eerste.${Date.now()}@test.example.org` },
    });
    expect(created.statusCode).toBe(201);
    expect(s.t.mails.at(-1)?.text).toContain(name);
    const list = await s.injectAs(networkAdmin, { method: 'GET', url: '/api/organisations' });
    expect(list.json().organisations.map((o: { name: string }) => o.name)).toContain(name);
    const duplicate = await s.injectAs(networkAdmin, {
      method: 'POST',
      url: '/api/organisations',
      payload: { name, adminEmail: `tweede.${Date.now()}@test.example.org` },
    });
    expect(duplicate.statusCode).toBe(409);
    const inside = await s.injectAs(networkAdmin, {
      method: 'GET',
      url: `/api/organisations/${s.org.id}/members`,
    });
    expect(inside.statusCode).toBe(404);
    const asMember = await s.injectAs(s.as.org_admin, { method: 'GET', url: '/api/organisations' });
    expect(asMember.statusCode).toBe(403);
  });
});
