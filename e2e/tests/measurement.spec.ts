import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  injectAs,
  linkTokenFromMail,
  seedTestOrganisation,
  sessionFor,
  staffAnswers,
} from '@derde-bron/server/testing';
import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, signIn } from './helpers.ts';

test.describe.configure({ timeout: 240_000 });

/** Answers every statement on every screen with `choice`, then sends, as one respondent would. */
async function answerQuestionnaire(browser: Browser, baseURL: string, link: string, choice: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page).toHaveURL(/\/vragenlijst$/);
  await page.getByRole('button', { name: 'Beginnen' }).click();
  for (;;) {
    const statements = page
      .locator('main fieldset')
      .filter({ has: page.getByRole('radio', { name: choice, exact: true }) });
    for (const statement of await statements.all())
      await statement.getByRole('radio', { name: choice, exact: true }).check();
    const send = page.getByRole('button', { name: 'Versturen' });
    if (await send.isVisible()) {
      await send.click();
      break;
    }
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Bedankt voor het invullen' })).toBeVisible();
  expect(
    await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length),
  ).toBe(0);
  await context.close();
}

test('twelve respondents answer through two team links; a team of four is hidden with its complement; a second wave compares', async ({
  page,
  browser,
  server,
  baseURL,
}) => {
  const org = await seedTestOrganisation(server);
  await signIn(page, org.members.coordinator);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Metingen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Metingen');
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Naam van de meting').fill('0-meting 2026');
  await page.getByRole('radio', { name: /^0-meting/ }).check();
  await page.getByLabel('Eerste dag').fill(today);
  await page.getByLabel('Laatste dag').fill(later);
  await page.getByRole('checkbox', { name: 'Medewerkers' }).check();
  await page.getByRole('button', { name: 'Meting plannen' }).click();
  await page.getByRole('link', { name: /Ga naar ‘0-meting 2026’/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('0-meting 2026');
  await expectNoSeriousA11yViolations(page);

  const links: string[] = [];
  for (const team of ['Team A', 'Team B']) {
    const linkForm = page.getByRole('form', { name: 'Link maken' });
    await linkForm.getByLabel('Groep').selectOption({ label: 'Medewerkers' });
    await linkForm.getByLabel('Team').selectOption({ label: team });
    await linkForm.getByRole('button', { name: 'Link maken' }).click();
    const made = page.getByRole('region', { name: 'De link is gemaakt' });
    const link = await made.getByRole('textbox').inputValue();
    expect(link).toMatch(/\/vragenlijst#[A-Za-z0-9_-]{43}$/);
    links.push(new URL(link).pathname + new URL(link).hash);
    await made.getByRole('button', { name: 'Klaar' }).click();
  }

  // Eight answer through team A's link, four through team B's, each in a browser of their own.
  for (let i = 0; i < 12; i++) {
    await answerQuestionnaire(
      browser,
      baseURL ?? '',
      links[i < 8 ? 0 : 1] ?? '',
      i < 8 ? 'Mee eens' : 'Mee oneens',
    );
  }

  await page.reload();
  await page.getByRole('button', { name: 'Meting sluiten' }).click();
  await page.getByRole('button', { name: 'Ja, meting sluiten' }).click();
  await page.getByRole('link', { name: 'Bekijk de uitslagen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uitslagen');
  await expect(page.getByRole('table', { name: 'Hele organisatie: score per schaal' })).toBeVisible();
  await page.getByRole('radio', { name: 'Per team' }).check();
  await page.getByRole('button', { name: 'Tonen' }).click();
  // Team B has four answers: hidden. Team A would then show B as the rest of the total: hidden too.
  await expect(page.getByRole('table', { name: 'Team A: score per schaal' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Team B: score per schaal' })).toHaveCount(0);
  await expect(page.getByText(/Te weinig antwoorden/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A second wave, answered and closed through the API, shows the difference with the 0-meting.
  const session = await sessionFor(server.app, org.members.coordinator.id);
  const api = (method: 'POST' | 'GET', url: string, payload?: object) =>
    injectAs(server.app, session, {
      method,
      url: `/api/organisations/${org.id}${url}`,
      ...(payload ? { payload } : {}),
    });
  const second = (
    await api('POST', '/waves', {
      title: 'Vervolgmeting',
      kind: 'followUp',
      opensOn: today,
      closesOn: later,
      perspectives: ['staff'],
    })
  ).json();
  const { token } = (
    await api('POST', `/waves/${second.id}/links`, { perspective: 'staff', teamId: null })
  ).json();
  const answers = staffAnswers(5);
  for (let i = 0; i < 6; i++) {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/respond/submit',
      payload: { token, submissionKey: randomUUID(), answers },
    });
    expect(res.statusCode).toBe(201);
  }
  await api('POST', `/waves/${second.id}/close`);
  await page.goto(`/organisatie/metingen/${second.id}/uitslagen`);
  const comparison = page.getByRole('region', { name: 'Vergelijking met de 0-meting' });
  await expect(comparison.getByRole('table')).toBeVisible();
  await expect(comparison.getByRole('row')).not.toHaveCount(0);
});

test('invitations by e-mail work once; notes from team conversations collect themes; results download as XLSX', async ({
  page,
  browser,
  server,
  smtp,
  baseURL,
}) => {
  const org = await seedTestOrganisation(server);
  const session = await sessionFor(server.app, org.members.coordinator.id);
  const today = new Date().toISOString().slice(0, 10);
  const wave = (
    await injectAs(server.app, session, {
      method: 'POST',
      url: `/api/organisations/${org.id}/waves`,
      payload: {
        title: 'Meting per mail',
        kind: 'baseline',
        opensOn: today,
        closesOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
        perspectives: ['staff'],
      },
    })
  ).json();
  await signIn(page, org.members.coordinator);
  await page.goto(`/organisatie/metingen/${wave.id}`);
  const invite = page.getByRole('form', { name: 'Uitnodigingen sturen' });
  await invite.getByLabel('Team').selectOption({ label: 'Team A' });
  const addresses = [
    `noor.${randomUUID().slice(0, 6)}@example.org`,
    `sam.${randomUUID().slice(0, 6)}@example.org`,
  ];
  await invite.getByLabel(/^E-mailadressen/).fill(addresses.join('\n'));
  await invite.getByRole('button', { name: 'Uitnodigingen sturen' }).click();
  await expect(page.getByText('2 uitnodigingen zijn verstuurd.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Noor answers through her own link; the same link then says it was used.
  await expect.poll(() => linkTokenFromMail(smtp.messages(), addresses[0] ?? '', 'vragenlijst')).toBeTruthy();
  const link = `/vragenlijst#${linkTokenFromMail(smtp.messages(), addresses[0] ?? '', 'vragenlijst')}`;
  await answerQuestionnaire(browser, baseURL ?? '', link, 'Mee eens');
  const again = await browser.newContext({ baseURL });
  const againPage = await again.newPage();
  await againPage.goto(link);
  await expect(againPage.getByText(/al ingevuld/)).toBeVisible();
  await again.close();
  await page.reload();
  const sentTable = page.getByRole('table', { name: /Uitnodigingen per groep/ });
  await expect(sentTable.getByRole('row', { name: /Medewerkers Team A 2 1/ })).toBeVisible();

  // Notes from a team conversation, with themes; the table counts what comes back.
  await page.goto('/organisatie/metingen');
  await page.getByRole('link', { name: 'Verslagen van teamgesprekken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verslagen van teamgesprekken');
  for (const [summary, themes] of [
    ['Het team wil weten wat een ervaringsdeskundige doet.', 'Scholing, rolverdeling'],
    ['Er is weinig tijd voor intervisie.', 'werkdruk, scholing'],
  ] as const) {
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Team A' });
    await page.getByLabel('Wat heb je gehoord?').fill(summary);
    await page.getByLabel("Thema's", { exact: true }).fill(themes);
    await page.getByRole('button', { name: 'Verslag opslaan' }).click();
    await expect(page.getByText('Het verslag is opgeslagen.')).toBeVisible();
  }
  const themeTable = page.getByRole('table', { name: /Thema's, met in hoeveel verslagen/ });
  await expect(themeTable.getByRole('row').nth(1)).toHaveText(/scholing\s*2/i);
  await expectNoSeriousA11yViolations(page);

  // After closing, the results download as a spreadsheet (a zip file, as every .xlsx is).
  await injectAs(server.app, session, {
    method: 'POST',
    url: `/api/organisations/${org.id}/waves/${wave.id}/close`,
  });
  await page.goto(`/organisatie/metingen/${wave.id}/uitslagen`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /als Excel-bestand/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('uitslagen.xlsx');
  const file = await readFile((await download.path()) ?? '');
  expect(file.subarray(0, 2).toString()).toBe('PK');
});
