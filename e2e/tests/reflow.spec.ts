import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { daysFromToday, seedClosedWave, seedTestOrganisation } from '@derde-bron/server/testing';
import type { Page } from '@playwright/test';
import { findRawText } from '../../packages/web/src/testing/raw-text.ts';
import { expect, test } from './fixtures.ts';
import { signIn } from './helpers.ts';

/** Every path of the web app's route table (src/app/pages.tsx), read from the table itself. */
const routePaths = (() => {
  const source = readFileSync(
    path.resolve(import.meta.dirname, '../../packages/web/src/app/pages.tsx'),
    'utf8',
  );
  return ['/', ...[...source.matchAll(/path: '([^']+)'/g)].map((m) => `/${m[1]}`).filter((p) => p !== '/*')];
})();

/** What a page at 320 CSS pixels must not do: scroll sideways, fail axe, or show a key or code. */
async function checkPage(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    // The widest elements, to say what is too wide.
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest('.table-scroll'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`);
  });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  // The text as shown (innerText: what CSS hides is left out).
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's locator, not a DOM node.
  const raw = findRawText(await page.locator('body').innerText());
  return { url, overflow, serious, raw };
}

test.describe('every page at 320 px (WCAG 1.4.10) and in words', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test.setTimeout(300_000);

  test('no sideways scrolling, no serious axe violation and no raw key or code, signed in as a coordinator', async ({
    page,
    server,
  }) => {
    const org = await seedTestOrganisation(server, 'Reflow');
    await seedClosedWave(server.database.db, server.secretBox, org.id, {
      title: 'Nulmeting voor een heel smal scherm',
      kind: 'baseline',
      opensOn: daysFromToday(-60),
      closesOn: daysFromToday(-30),
      count: 8,
      values: [3],
    });
    await signIn(page, org.members.coordinator);
    await page.goto('/organisatie/metingen');
    const waveId = (
      await page
        .getByRole('link', { name: 'Nulmeting voor een heel smal scherm', exact: true })
        .getAttribute('href')
    )
      ?.split('/')
      .at(-1);
    expect(waveId).toBeTruthy();
    const urls = routePaths
      .filter((p) => p !== '/organisatie/register/:personId')
      .map((p) => p.replace(':number', '5').replace(':waveId', waveId ?? ''));
    // Step 3 too: the advice beside the appointed capacity, and its form.
    urls.push('/organisatie/afwegingskader/stap/3');
    expect(urls).toContain('/organisatie/afwegingskader/stap/5');
    expect(urls).toContain('/kader/stap/5');
    const found = [];
    for (const url of urls) found.push(await checkPage(page, url));
    const problems = found.filter((f) => f.overflow || f.serious.length > 0 || f.raw.length > 0);
    expect(problems).toEqual([]);
  });
});
