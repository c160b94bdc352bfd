import {
  linkTokenFromMail,
  measurementClient,
  seedTestOrganisation,
  sessionFor,
} from '@derde-bron/server/testing';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { mainNav, openItem, quickExitUrl, signIn, stubExitSite } from './helpers.ts';

/** Keys that need Shift on a US keyboard, as Playwright names them. */
const shifted: Record<string, string> = {
  '!': 'Digit1',
  '?': 'Slash',
  ':': 'Semicolon',
  '(': 'Digit9',
  ')': 'Digit0',
};

/**
 * Types text as a person does on a real keyboard: Shift goes down for each capital and each
 * Shift-punctuation mark. With `fast`, Shift is let go before the letter, as quick typists do.
 */
async function typeLikeAPerson(page: Page, field: Locator, text: string, { fast = false } = {}) {
  await field.focus();
  await page.keyboard.press('End');
  for (const char of text) {
    const code = shifted[char] ?? (/[A-Z]/.test(char) ? `Key${char}` : null);
    if (!code) {
      await page.keyboard.press(char === ' ' ? 'Space' : char);
      continue;
    }
    await page.keyboard.down('Shift');
    await page.keyboard.down(code);
    if (fast) {
      await page.keyboard.up('Shift');
      await page.keyboard.up(code);
    } else {
      await page.keyboard.up(code);
      await page.keyboard.up('Shift');
    }
  }
}

const sentence = 'Het MT en de RvB: Wat?! (Echt)';

/** Types the sentence both ways into the field and checks that the page stayed and kept the text. */
async function expectTypingKeepsThePage(page: Page, field: Locator) {
  const url = page.url();
  await typeLikeAPerson(page, field, sentence);
  await typeLikeAPerson(page, field, ` ${sentence}`, { fast: true });
  await expect(field).toHaveValue(`${sentence} ${sentence}`);
  expect(page.url()).toBe(url);
  await expect(page.getByTestId('quick-exit-overlay')).toHaveCount(0);
}

async function pressShiftThreeTimes(page: Page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
}

type Server = Parameters<Parameters<typeof test>[2]>[0]['server'];
type Smtp = Parameters<Parameters<typeof test>[2]>[0]['smtp'];
type Organisation = Awaited<ReturnType<typeof seedTestOrganisation>>;

/** An open wave of the organisation with one group of all staff, through the coordinator's API. */
async function staffGroup(server: Server, org: Organisation) {
  const m = measurementClient(server.app, await sessionFor(server.app, org.members.coordinator.id), org.id);
  const waveId = await m.planWave();
  const groupId = await m.declareGroup(waveId, { headcount: 20 });
  return { m, waveId, groupId };
}

/** A shared link for all staff to an open wave of the organisation, as a path with its token. */
async function staffLink(server: Server, org: Organisation): Promise<string> {
  const { m, waveId, groupId } = await staffGroup(server, org);
  return `/vragenlijst#${await m.sharedLink(waveId, groupId)}`;
}

/**
 * A single-use e-mail invitation for one of the staff, as a path with its token: only an invitation
 * asks the open questions (a shared link does not).
 */
async function staffInvitation(server: Server, smtp: Smtp, org: Organisation): Promise<string> {
  const { m, waveId, groupId } = await staffGroup(server, org);
  const address = `staff.${waveId.slice(0, 8)}@example.org`;
  const sent = await m.as('POST', `/waves/${waveId}/invitations`, { groupId, emails: [address] });
  expect(sent.statusCode).toBe(202);
  await expect.poll(() => linkTokenFromMail(smtp.messages(), address, 'vragenlijst')).toBeTruthy();
  return `/vragenlijst#${linkTokenFromMail(smtp.messages(), address, 'vragenlijst')}`;
}

/** Goes through the questionnaire's screens, answering each statement, up to the first open question. */
async function firstOpenAnswer(page: Page): Promise<Locator> {
  const openAnswer = page.locator('main textarea').first();
  while (!(await openAnswer.isVisible())) {
    for (const statement of await page.locator('main fieldset').all())
      await statement.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  return openAnswer;
}

test.describe('quick exit', () => {
  test('typing capitals and Shift-punctuation never leaves: sign-in fields, a decision and an open answer', async ({
    page,
    server,
    smtp,
  }) => {
    await stubExitSite(page);
    await page.goto('/inloggen');
    await expectTypingKeepsThePage(page, page.getByLabel('E-mailadres'));
    await expectTypingKeepsThePage(page, page.getByLabel('Wachtwoord', { exact: true }));

    const org = await seedTestOrganisation(server);
    await signIn(page, org.members.coordinator);
    await page.goto('/organisatie/afwegingskader/stap/3');
    const capacity = await openItem(page, '3.1');
    await expectTypingKeepsThePage(page, capacity.getByLabel('Wat is er besloten?'));
    await expectTypingKeepsThePage(page, capacity.getByLabel('Wie besliste?'));

    await page.goto(await staffInvitation(server, smtp, org));
    await page.getByRole('button', { name: 'Beginnen' }).click();
    const openAnswer = await firstOpenAnswer(page);
    await expectTypingKeepsThePage(page, openAnswer);
  });

  test('the home page and the questionnaire show their first view and a working quick exit before any script has run', async ({
    browser,
    baseURL,
  }) => {
    // No script at all: what a slow phone shows while the page's JavaScript is still on its way.
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await stubExitSite(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ervaringskennis als derde bron');
    await page.goto('/vragenlijst');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vragenlijst');
    await expect(page.getByRole('status')).toHaveText('Bezig met laden…');
    await page.getByRole('link', { name: /Snel weg/ }).click();
    await page.waitForURL(quickExitUrl);
    await context.close();
  });

  test('three lone Shift presses leave, and Back does not return to the page that was left', async ({
    page,
    baseURL,
  }) => {
    await stubExitSite(page);
    await page.goto('/');
    await page.getByRole('link', { name: 'Afwegingskader' }).first().click();
    await expect(page).toHaveURL(/\/kader$/);
    await pressShiftThreeTimes(page);
    await page.waitForURL(quickExitUrl);
    await page.goBack();
    // Back leads to the page before the one that was left, shown whole again, not blanked.
    await expect(page).toHaveURL(`${baseURL}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ervaringskennis als derde bron');
    await expect(page.getByTestId('quick-exit-overlay')).toHaveCount(0);
  });

  test('a questionnaire with answers asks before a link takes the respondent away, but never on the quick exit', async ({
    page,
    server,
  }) => {
    await stubExitSite(page);
    const org = await seedTestOrganisation(server);
    await page.goto(await staffLink(server, org));
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await page.locator('main fieldset').first().getByRole('radio').first().check();

    await mainNav(page).getByRole('link', { name: 'Veilig internetten' }).click();
    const question = page.getByRole('alertdialog', { name: 'Wil je deze pagina verlaten?' });
    await expect(question).toBeFocused();
    await question.getByRole('button', { name: 'Blijven en verder invullen' }).click();
    await expect(page).toHaveURL(/\/vragenlijst$/);
    await expect(page.locator('main fieldset').first().getByRole('radio').first()).toBeChecked();

    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await pressShiftThreeTimes(page);
    await page.waitForURL(quickExitUrl);
    expect(dialogs).toEqual([]);
  });

  test('closing the tab with answers not sent asks first', async ({ page, server }) => {
    const org = await seedTestOrganisation(server);
    await page.goto(await staffLink(server, org));
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await page.locator('main fieldset').first().getByRole('radio').first().check();
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.accept();
  });
});
