import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { pdfText, totpCode } from '@derde-bron/server/testing';
import { expect, type Locator, type Page } from '@playwright/test';

export const quickExitUrl = 'https://www.buienradar.nl/';

/** The network is closed here: answer the neutral exit site locally, as a real one would load. */
export async function stubExitSite(page: Page) {
  await page.route(`${quickExitUrl}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weer</title><h1>Het weer</h1>' }),
  );
}

/** An axe-core scan against WCAG 2.1 A and AA; serious and critical violations fail the test. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(serious, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** Signs in through the page, with the code from the authenticator app when the account has one. */
export async function signIn(
  page: Page,
  account: { email: string; password: string; totpSecret?: string | null },
) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(account.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  if (account.totpSecret) {
    await page.getByLabel('Code uit je app').fill(await totpCode(account.totpSecret));
    await page.getByRole('button', { name: 'Code controleren' }).click();
  }
  await expect(page).not.toHaveURL(/\/inloggen$/);
}

export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/**
 * A roadmap item on a step page (the region named after its number, such as "3.1"), with its work
 * opened: the item's forms, decisions, evidence and history show only once it is opened.
 */
export async function openItem(page: Page, number: string) {
  const region = page.getByRole('region', { name: new RegExp(`^${number.replace('.', '\\.')} `) });
  const work = region.locator('details.item-work');
  if (!(await work.evaluate((details: HTMLDetailsElement) => details.open)))
    await work.locator(':scope > summary').click();
  return region;
}

/** Downloads the PDF behind a link (once the report is made) and answers its text (pdf.js). */
export async function downloadText(page: Page, link: Locator) {
  const downloading = page.waitForEvent('download');
  await link.click();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'rapportage-')), 'rapportage.pdf');
  await (await downloading).saveAs(file);
  return pdfText(await readFile(file));
}
