import { and, eq, sql } from 'drizzle-orm';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { teams } from '../db/schema.ts';
import { conflict } from '../http-error.ts';
import { documentedOperation, queryRows, testDatabases } from '../testing/index.ts';
import { organisationSuite } from '../testing/suite.ts';
import { orgRoutes } from './org-routes.ts';
import { orgParams } from './params.ts';

/**
 * A route made with orgRoutes: it adds a team, then refuses when asked to, after the insert. What
 * it answers must be what is stored.
 */
describe.each(testDatabases)('an organisation route on $name', ({ target }) => {
  /** What the database holds, read from outside the transaction when afterCommit runs. */
  const seenAfterCommit: Promise<unknown[]>[] = [];
  const s = organisationSuite(target, {
    other: 'Andere opvang',
    prefix: '/test-teams',
    app: {
      extend: (app) => {
        const route = orgRoutes(app.withTypeProvider<ZodTypeProvider>(), { tags: ['test'] });
        route.post('/api/organisations/:orgId/test-teams', {
          permission: 'teams.manage',
          summary: 'Add a team, or refuse after adding it',
          body: z.strictObject({ name: z.string(), refuseAfterwards: z.boolean() }),
          response: z.object({ id: z.uuid(), orgId: z.uuid() }),
          status: 201,
          handler: async ({ tx, orgId, body, audit }) => {
            const [made] = await tx.insert(teams).values({ orgId, name: body.name }).returning();
            if (!made) throw new Error('team not stored');
            await audit({ action: 'team.created', targetType: 'team', targetId: made.id });
            if (body.refuseAfterwards) throw conflict('teamExists');
            return { id: made.id, orgId: made.orgId };
          },
          afterCommit: ({ orgId, body }) => {
            seenAfterCommit.push(
              queryRows(
                s.t.database,
                sql`select name from teams where org_id = ${orgId} and name = ${body.name}`,
              ),
            );
          },
        });
        route.delete('/api/organisations/:orgId/test-teams/:teamId', {
          permission: 'teams.manage',
          summary: 'Remove a team; a route without a response answers 204 No Content',
          params: orgParams.extend({ teamId: z.uuid() }),
          handler: async ({ tx, orgId, params }) => {
            await tx.delete(teams).where(and(eq(teams.orgId, orgId), eq(teams.id, params.teamId)));
          },
        });
      },
    },
  });

  const teamNames = async (orgId: string) =>
    (await queryRows(s.t.database, sql`select name from teams where org_id = ${orgId}`)).map(
      (row) => row.name,
    );

  const auditedTeams = async (name: string) =>
    queryRows(
      s.t.database,
      sql`select a.org_id, a.actor_user_id from audit_log a join teams t on t.id::text = a.target_id
          where a.action = 'team.created' and t.name = ${name} and t.org_id = ${s.org.id}`,
    );

  it('records the change in the audit log as the caller’s, in the organisation', async () => {
    await s.api(s.as.org_admin, 'POST', '', { name: 'Team Zuid', refuseAfterwards: false });
    expect(await auditedTeams('Team Zuid')).toEqual([
      { org_id: s.org.id, actor_user_id: s.org.members.org_admin.id },
    ]);
  });

  it('answers with its status, and what it made is stored', async () => {
    const res = await s.api(s.as.org_admin, 'POST', '', { name: 'Team Oost', refuseAfterwards: false });
    expect(res.statusCode).toBe(201);
    expect(res.json().orgId).toBe(s.org.id);
    expect(await teamNames(s.org.id)).toContain('Team Oost');
  });

  it('runs afterCommit once what it made can be read outside the transaction, and not for a refusal', async () => {
    seenAfterCommit.length = 0;
    await s.api(s.as.org_admin, 'POST', '', { name: 'Team Midden', refuseAfterwards: false });
    await s.api(s.as.org_admin, 'POST', '', { name: 'Team Rand', refuseAfterwards: true });
    expect(seenAfterCommit).toHaveLength(1);
    expect(await seenAfterCommit[0]).toEqual([{ name: 'Team Midden' }]);
  });

  it('stores nothing of a request it refuses half-way', async () => {
    // Only this organisation's entries: other test files write to the same database meanwhile.
    const entries = () =>
      queryRows(s.t.database, sql`select count(*)::int as n from audit_log where org_id = ${s.org.id}`);
    const before = await entries();
    const res = await s.api(s.as.org_admin, 'POST', '', { name: 'Team West', refuseAfterwards: true });
    expect(res.statusCode).toBe(409);
    expect(await teamNames(s.org.id)).not.toContain('Team West');
    expect(await entries()).toEqual(before);
  });

  it('checks the permission before the handler runs', async () => {
    const res = await s.api(s.as.expert, 'POST', '', { name: 'Team Noord', refuseAfterwards: false });
    expect(res.statusCode).toBe(403);
    expect(await teamNames(s.org.id)).not.toContain('Team Noord');
  });

  it("answers 404 for another organisation's id, and writes nothing there", async () => {
    const res = await s.otherApi(s.as.org_admin, 'POST', '', { name: 'Team Zuid', refuseAfterwards: false });
    expect(res.statusCode).toBe(404);
    expect(await teamNames(s.other.id)).not.toContain('Team Zuid');
  });

  it('answers 204 with no body when it has no response, after its change is committed', async () => {
    const made = await s.api(s.as.org_admin, 'POST', '', { name: 'Team Weg', refuseAfterwards: false });
    const res = await s.api(s.as.org_admin, 'DELETE', `/${made.json().id}`);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect(await teamNames(s.org.id)).not.toContain('Team Weg');
    const { statuses } = documentedOperation(
      s.t.app,
      '/api/organisations/{orgId}/test-teams/{teamId}',
      'delete',
    );
    expect(statuses).toContain('204');
  });

  it('describes itself in the OpenAPI document with its permission and the module errors', async () => {
    expect(documentedOperation(s.t.app, '/api/organisations/{orgId}/test-teams', 'post')).toEqual({
      security: [{ session: ['teams.manage'] }],
      statuses: ['201', '400', '401', '403', '404', '409'],
    });
  });
});
