import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';
import { auditLog } from './table.ts';

describe.each(testDatabases)('the audit log page on $name', ({ target }) => {
  const s = organisationSuite(target);
  beforeAll(async () => {
    // 250 entries over 5 days, two kinds, more than two pages of 100.
    await s.t.database.db.insert(auditLog).values(
      Array.from({ length: 250 }, (_, i) => ({
        orgId: s.org.id,
        actorUserId: s.org.members.org_admin.id,
        action: i % 5 === 0 ? 'auth.passwordFailed' : 'team.renamed',
        at: new Date(Date.UTC(2026, 10, 1 + (i % 5), 12, 0, i % 60)),
      })),
    );
  });

  const page = (query: string) => s.api(s.as.org_admin, 'GET', `/audit-log?${query}`);

  it('pages through every entry, newest first, without gaps or repeats', async () => {
    const [total] = await queryRows(
      s.t.database,
      sql`select count(*)::int as n from audit_log where org_id = ${s.org.id}`,
    );
    const seen: string[] = [];
    let next: string | null = null;
    let pages = 0;
    do {
      const res = await page(`limit=100${next ? `&before=${next}` : ''}`);
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().entries.map((entry: { id: string }) => entry.id));
      next = res.json().next;
      pages++;
    } while (next && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(Number(total?.n));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filters by action and by date', async () => {
    const failed = await page('limit=500&action=auth.passwordFailed');
    expect(failed.json().entries).toHaveLength(50);
    expect(
      failed.json().entries.every((entry: { action: string }) => entry.action === 'auth.passwordFailed'),
    ).toBe(true);
    const oneDay = await page('limit=500&action=team.renamed&from=2026-11-02&to=2026-11-02');
    expect(oneDay.json().entries).toHaveLength(50);
    expect(oneDay.json().entries.every((entry: { at: string }) => entry.at.startsWith('2026-11-02'))).toBe(
      true,
    );
  });

  it('refuses an unknown action or a bad cursor with a 400', async () => {
    expect((await page('action=drop.table')).statusCode).toBe(400);
    expect((await page('before=bm9uc2Vuc2U')).statusCode).toBe(400);
  });
});
