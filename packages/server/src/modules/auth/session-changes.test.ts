import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { memberships, organisations } from '../../db/schema.ts';
import { testDatabases, uniqueSuffix } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';
import { users } from './table.ts';

/**
 * Embedded mode keeps resolved sessions in memory (session-cache.ts). Every change to what a
 * session holds must show at the very next request, in both modes: the same tests on both.
 */
describe.each(testDatabases)('a session after a change, on $name', ({ target }) => {
  const s = organisationSuite(target);

  const sessionState = async (cookie: string) =>
    (await s.t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } })).json();
  const readOrganisation = async (cookie: string) =>
    (await s.t.app.inject({ method: 'GET', url: `/api/organisations/${s.org.id}`, headers: { cookie } }))
      .statusCode;

  it('shows a new name of the person and of the organisation at once', async () => {
    const { cookie } = await s.sessionFor(s.org.members.expert.id);
    expect((await sessionState(cookie)).user.name).toBe(s.org.members.expert.name);
    await s.t.database.db
      .update(users)
      .set({ name: 'Nieuwe naam' })
      .where(eq(users.id, s.org.members.expert.id));
    expect((await sessionState(cookie)).user.name).toBe('Nieuwe naam');
    // Names are unique, and a PostgreSQL server keeps what earlier runs stored.
    const newName = `Nieuwe organisatienaam ${uniqueSuffix()}`;
    await s.t.database.db.update(organisations).set({ name: newName }).where(eq(organisations.id, s.org.id));
    expect((await sessionState(cookie)).membership.organisationName).toBe(newName);
  });

  it('refuses a member removed from the organisation at the next request', async () => {
    const { cookie } = await s.sessionFor(s.org.members.team_manager.id);
    expect(await readOrganisation(cookie)).toBe(200);
    await s.t.database.db.delete(memberships).where(eq(memberships.userId, s.org.members.team_manager.id));
    expect(await readOrganisation(cookie)).toBe(404);
  });

  it('follows a new role at the next request', async () => {
    const { cookie } = await s.sessionFor(s.org.members.coordinator.id);
    expect((await sessionState(cookie)).membership.role).toBe('coordinator');
    await s.t.database.db
      .update(memberships)
      .set({ role: 'expert' })
      .where(eq(memberships.userId, s.org.members.coordinator.id));
    expect((await sessionState(cookie)).membership.role).toBe('expert');
  });

  it('ends every session of a person signed out everywhere, at the next request', async () => {
    const first = await s.sessionFor(s.org.members.org_admin.id);
    const second = await s.sessionFor(s.org.members.org_admin.id);
    expect((await sessionState(first.cookie)).state).toBe('signedIn');
    expect((await sessionState(second.cookie)).state).toBe('signedIn');
    await s.t.app.sessions.removeAllForUser(s.org.members.org_admin.id);
    expect((await sessionState(first.cookie)).state).toBe('anonymous');
    expect((await sessionState(second.cookie)).state).toBe('anonymous');
  });
});
