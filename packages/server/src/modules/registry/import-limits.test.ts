import { sql } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../lib/xlsx.ts';
import { queryRows, testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function multipart(fileName: string, content: Uint8Array, type: string) {
  const boundary = '----limitstest';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A small file that unpacks to 80 MB: what blocked every organisation for half a minute. */
const bomb = () =>
  zipSync(
    {
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(80 * 1024 * 1024).fill(0x20),
    },
    { level: 9 },
  );

/** Thousands of tiny entries. */
const manyEntries = () =>
  zipSync(Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`x/${i}.xml`, new Uint8Array(1)])));

describe.each(testDatabases)('unpacked uploads on $name', ({ target }) => {
  const s = organisationSuite(target);

  const importFile = (content: Uint8Array, name = 'register.xlsx') =>
    s.injectAs(s.as.coordinator, {
      method: 'POST',
      url: `/api/organisations/${s.org.id}/registry/import`,
      ...multipart(name, content, xlsxType),
    });

  it.each([
    ['unpacks to far more than it weighs', bomb],
    ['has thousands of entries', manyEntries],
  ])('refuses a spreadsheet that %s, with a clear message, before unpacking it', async (_label, make) => {
    const file = make();
    expect(file.length).toBeLessThan(2 * 1024 * 1024);
    const res = await importFile(file);
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toContain('uitgepakt te groot');
    const [count] = await queryRows(
      s.t.database,
      sql`select count(*)::int as n from registry_people where org_id = ${s.org.id}`,
    );
    expect(count?.n).toBe(0);
  });

  it('refuses a sheet with too many cells, read in a worker thread', async () => {
    const rows = Array.from({ length: 2100 }, (_, i) => Array.from({ length: 100 }, (_, j) => i * 100 + j));
    const res = await importFile(await toXlsx('Blad1', rows));
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('INVALID_INPUT');
    // Writing and reading 210,000 cells takes a while on a busy machine; no timing is asserted.
  }, 90_000);

  it('refuses an evidence file that unpacks too large', async () => {
    const res = await s.injectAs(s.as.coordinator, {
      method: 'POST',
      url: `/api/organisations/${s.org.id}/roadmap/items/vision/evidence/file`,
      ...multipart(
        'visie.docx',
        bomb(),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toContain('uitgepakt te groot');
  });
});
