import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows, testDatabases } from './testing/index.ts';
import { organisationSuite } from './testing/suite.ts';

/** A NUL character (U+0000) cannot be stored in PostgreSQL text; it used to answer 500 and log the text. */
describe.each(testDatabases)('NUL characters and error logs on $name', ({ target }) => {
  const lines: string[] = [];
  const s = organisationSuite(target, {
    app: {
      log: { level: 'debug', stream: { write: (line) => void lines.push(line) } },
      extend: (app) => {
        // A failure whose message quotes what was sent, as a failed query's message does.
        app.post('/api/test/failing-query', { config: { access: 'public' } }, async () => {
          await app.database.db.execute(sql`select ${'Marieke Jansen'}::int`);
        });
      },
    },
  });

  it('refuses a NUL in a JSON text field with a clear 400 and stores nothing', async () => {
    const admin = await s.sessionFor(s.org.members.org_admin.id);
    const name = 'Team\u0000Marieke';
    const res = await s.injectAs(admin, {
      method: 'POST',
      url: `/api/organisations/${s.org.id}/teams`,
      payload: { name },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('NUL');
    const english = await s.injectAs(admin, {
      method: 'POST',
      url: `/api/organisations/${s.org.id}/teams`,
      payload: { name },
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().message).toContain('cannot be stored');
    const rows = await queryRows(s.t.database, sql`select name from teams where org_id = ${s.org.id}`);
    expect(rows.map((row) => row.name)).not.toContain('Team');
    expect(lines.join('\n')).not.toContain('Marieke');
  });

  it('refuses a NUL in a query string', async () => {
    const admin = await s.sessionFor(s.org.members.org_admin.id);
    const res = await s.injectAs(admin, {
      method: 'GET',
      url: `/api/organisations/${s.org.id}/audit-log?action=a%00b`,
    });
    expect(res.statusCode).toBe(400);
  });

  it('logs an unexpected error without its message, so without what was sent', async () => {
    const res = await s.t.app.inject({ method: 'POST', url: '/api/test/failing-query' });
    expect(res.statusCode).toBe(500);
    const logged = lines.filter((line) => line.includes('request failed'));
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).toContain('22P02');
    expect(lines.join('\n')).not.toContain('Marieke Jansen');
  });
});
