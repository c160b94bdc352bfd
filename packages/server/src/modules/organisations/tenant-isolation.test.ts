import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTenant } from '../../db/tenant.ts';
import { queryRows, testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { memberships, teams } from './table.ts';

/** The second line of tenant isolation: PostgreSQL's row-level security, without any WHERE in the query. */
describe.each(testDatabases)('row-level security on $name', ({ target }) => {
  const s = organisationSuite(target, { label: 'A', other: 'B' });

  it('shows a tenant transaction only its own organisation’s rows, even when the query asks for all', async () => {
    const rows = await withTenant(s.t.database.db, s.org.id, (tx) => tx.select().from(teams));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.orgId))).toEqual(new Set([s.org.id]));
    const members = await withTenant(s.t.database.db, s.org.id, (tx) => tx.select().from(memberships));
    expect(new Set(members.map((row) => row.orgId))).toEqual(new Set([s.org.id]));
  });

  it('keeps each organisation to its own rows when one query text serves them in turn, also once its plan is reused', async () => {
    // On PGlite a query text is prepared once and its plan reused (db/pglite-protocol.ts);
    // PostgreSQL switches to a reused, generic plan after five runs. Neither may carry one
    // organisation's rows into another's.
    for (let round = 0; round < 8; round++) {
      for (const org of [s.org, s.other]) {
        const rows = await withTenant(s.t.database.db, org.id, (tx) => tx.select().from(teams));
        expect(rows.length).toBeGreaterThan(0);
        expect(new Set(rows.map((row) => row.orgId))).toEqual(new Set([org.id]));
      }
    }
  });

  it('covers every table that holds an organisation’s rows', async () => {
    const tables = await queryRows(
      s.t.database,
      sql`select c.relname as name, c.relrowsecurity as secured
          from pg_class c
          join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
          join pg_attribute a on a.attrelid = c.oid and a.attname = 'org_id'
          where c.relkind = 'r'`,
    );
    expect(tables.length).toBeGreaterThan(20);
    expect(tables.filter((table) => !table.secured).map((table) => table.name)).toEqual([]);
  });

  it('refuses to write a row for another organisation', async () => {
    await expect(
      withTenant(s.t.database.db, s.org.id, (tx) =>
        tx.insert(teams).values({ orgId: s.other.id, name: 'Ingebroken' }),
      ),
    ).rejects.toThrow();
    const bTeams = await withTenant(s.t.database.db, s.other.id, (tx) => tx.select().from(teams));
    expect(bTeams.map((team) => team.name)).not.toContain('Ingebroken');
  });

  it('cannot update or delete another organisation’s rows', async () => {
    await withTenant(s.t.database.db, s.org.id, (tx) =>
      tx.update(teams).set({ name: sql`${teams.name} || ' (bewerkt)'` }),
    );
    await withTenant(s.t.database.db, s.org.id, (tx) =>
      tx.delete(teams).where(sql`${teams.orgId} = ${s.other.id}`),
    );
    const bTeams = await withTenant(s.t.database.db, s.other.id, (tx) => tx.select().from(teams));
    expect(bTeams.map((team) => team.name).sort()).toEqual(['Team A', 'Team B']);
    // Renaming A's teams did happen; put them back for other tests.
    await withTenant(s.t.database.db, s.org.id, (tx) =>
      tx.execute(sql`update teams set name = 'Team ' || right(id::text, 4)`),
    );
  });

  it('keeps the audit log append-only, even for the owner', async () => {
    await recordAudit(s.t.database.db, { orgId: s.org.id, actorUserId: null, action: 'team.created' });
    await expect(s.t.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(s.t.database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
  });
});
