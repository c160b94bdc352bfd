import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// The build the other browser tests run against (npm run test:e2e builds it first).
const dist = path.join(import.meta.dirname, '../../packages/web/dist');

/** The gzip size of the JavaScript a page loads before it shows anything (as bench/ counts it). */
async function firstViewGzip(page: string) {
  const html = await readFile(path.join(dist, page), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
  let total = 0;
  for (const file of files) {
    const full = path.join(dist, file);
    total += await stat(`${full}.gz`).then(
      (gz) => gz.size,
      async () => gzipSync(await readFile(full), { level: 9 }).length,
    );
  }
  return total;
}

test('the questionnaire, opened on a phone, loads at most 100 kB of JavaScript (gzip)', async () => {
  expect(await firstViewGzip('respond.html')).toBeLessThanOrEqual(100_000);
});
