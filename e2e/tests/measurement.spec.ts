import { readFile } from 'node:fs/promises';
import {
  injectAs,
  linkTokenFromMail,
  measurementClient,
  respondent,
  seedTestOrganisation,
  sessionFor,
  staffAnswers,
} from '@derde-bron/server/testing';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, mainNav, signIn } from './helpers.ts';

test.describe.configure({ timeout: 300_000 });
// A Dutch coordinator's browser: downloads (plain links, without the page's language header) are
// named and written in the browser's language when no language was chosen on the site.
test.use({ locale: 'nl-NL' });

type Answering = {
  /** The answer to every statement, e.g. "Mee eens". */
  choice: string;
  /** The answer to every sensitive question (randomized by the browser before it is sent). */
  sensitive?: string;
};

/** Answers every screen of an open questionnaire as one respondent would, then presses "Versturen". */
async function fillIn(page: Page, { choice, sensitive }: Answering) {
  await page.getByRole('button', { name: 'Beginnen' }).click();
  for (;;) {
    const statements = page
      .locator('main fieldset')
      .filter({ has: page.getByRole('radio', { name: choice, exact: true }) });
    for (const statement of await statements.all())
      await statement.getByRole('radio', { name: choice, exact: true }).check();
    if (sensitive) {
      const questions = page
        .locator('main fieldset')
        .filter({ has: page.getByRole('radio', { name: 'Zeg ik liever niet' }) });
      for (const question of await questions.all())
        await question.getByRole('radio', { name: sensitive, exact: true }).check();
    }
    const send = page.getByRole('button', { name: 'Versturen' });
    if (await send.isVisible()) {
      await send.click();
      return;
    }
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
}

/** Opens a link in a browser of its own (no cookies of anyone else), lets `act` use it, and closes it. */
async function inOwnBrowser(
  browser: Browser,
  baseURL: string,
  link: string,
  act: (page: Page) => Promise<void>,
) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page).toHaveURL(/\/vragenlijst$/);
  await act(page);
  // Nothing of the questionnaire stays behind in the browser.
  expect(
    await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length),
  ).toBe(0);
  await context.close();
}

/** One respondent: answers and sees the thank-you, so the answer is stored. */
async function answerQuestionnaire(browser: Browser, baseURL: string, link: string, answering: Answering) {
  await inOwnBrowser(browser, baseURL, link, async (page) => {
    await fillIn(page, answering);
    await expect(page.getByRole('heading', { name: 'Bedankt voor het invullen' })).toBeVisible();
  });
}

/** The new shared link shown once on the wave page, as a path with its token; then "Klaar". */
async function makeSharedLink(page: Page, group: string): Promise<string> {
  const form = page.getByRole('form', { name: 'Gedeelde link maken' });
  await form.getByLabel('Groep').selectOption({ label: group });
  await form.getByRole('button', { name: 'Gedeelde link maken' }).click();
  const made = page.getByRole('region', { name: 'De link is gemaakt' });
  const link = await made.getByRole('textbox').inputValue();
  expect(link).toMatch(/\/vragenlijst#[A-Za-z0-9_-]{43}$/);
  return new URL(link).pathname + new URL(link).hash;
}

const groupsTable = (page: Page) => page.getByRole('table', { name: 'Groepen van deze meting' });

test('the coordinator declares groups with their headcounts and makes links; twelve respondents answer; results by team and by perspective', async ({
  page,
  browser,
  server,
  baseURL,
}) => {
  const org = await seedTestOrganisation(server);
  await signIn(page, org.members.coordinator);
  await mainNav(page).getByRole('link', { name: 'Metingen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Metingen');
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Naam van de meting').fill('0-meting 2026');
  await page.getByRole('radio', { name: /^0-meting/ }).check();
  await page.getByLabel('Eerste dag').fill(today);
  await page.getByLabel('Laatste dag').fill(later);
  // Instrument v2 asks one perspective: everyone answers as staff (docs/anonymity.md).
  await expect(page.getByText(/Alle medewerkers beantwoorden dezelfde vragen, als één groep/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Ervaringsdeskundigen' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Meting plannen' }).click();
  await page.getByRole('link', { name: /Ga naar ‘0-meting 2026’/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('0-meting 2026');
  const waveUrl = page.url();

  // Two groups, each declared once with the people in it: team A's staff, team B's staff.
  const declare = page.getByRole('form', { name: 'Groep toevoegen' });
  for (const [team, perspective, people] of [
    ['Team A', 'Medewerkers', '8'],
    ['Team B', 'Medewerkers', '5'],
  ] as const) {
    await declare.getByLabel('Team').selectOption({ label: team });
    await declare.getByLabel('Perspectief').selectOption({ label: perspective });
    await declare.getByLabel('Hoeveel mensen zitten in deze groep?').fill(people);
    await declare.getByRole('button', { name: 'Groep toevoegen' }).click();
    await expect(declare.getByText(/^De groep .* is toegevoegd, met \d+ mensen\.$/)).toContainText(team);
  }
  // The same group again is refused on the page: its number can no longer change.
  await declare.getByLabel('Team').selectOption({ label: 'Team A' });
  await declare.getByLabel('Perspectief').selectOption({ label: 'Medewerkers' });
  await declare.getByLabel('Hoeveel mensen zitten in deze groep?').fill('3');
  await declare.getByRole('button', { name: 'Groep toevoegen' }).click();
  await expect(declare.getByRole('alert')).toContainText('Deze groep bestaat al in deze meting.');
  await expect(
    groupsTable(page).getByRole('row', { name: /^Team A Medewerkers 8 Nog 5 antwoorden nodig/ }),
  ).toBeVisible();
  await expect(groupsTable(page).getByRole('row')).toHaveCount(3);

  const linkA = await makeSharedLink(page, 'Team A, medewerkers (8 mensen)');
  await expect(page.getByRole('region', { name: 'De link is gemaakt' })).toContainText(
    'Deel deze link alleen met Team A, medewerkers: de 8 mensen die je opgaf.',
  );
  await expectNoSeriousA11yViolations(page);
  await page
    .getByRole('region', { name: 'De link is gemaakt' })
    .getByRole('button', { name: 'Klaar' })
    .click();
  const linkB = await makeSharedLink(page, 'Team B, medewerkers (5 mensen)');
  await page
    .getByRole('region', { name: 'De link is gemaakt' })
    .getByRole('button', { name: 'Klaar' })
    .click();
  // A link made by mistake is withdrawn after asking; it stops working at once.
  const mistaken = await makeSharedLink(page, 'Team B, medewerkers (5 mensen)');
  await page
    .getByRole('region', { name: 'De link is gemaakt' })
    .getByRole('button', { name: 'Klaar' })
    .click();
  const teamBRow = groupsTable(page).getByRole('row', { name: /^Team B/ });
  await expect(teamBRow.getByRole('listitem')).toHaveCount(2);
  await teamBRow
    .getByRole('button', { name: /^Intrekken/ })
    .last()
    .click();
  await teamBRow.getByRole('button', { name: 'Ja, link intrekken' }).click();
  await expect(
    page.getByText('De link voor Team B, medewerkers is ingetrokken. Hij werkt niet meer.'),
  ).toBeVisible();
  await expect(teamBRow.getByRole('listitem')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  // The coordinator opens team A's link in her own signed-in browser: the questionnaire asks for
  // no session and her cookie does not travel with it.
  const requests: Array<Promise<{ url: string; headers: Record<string, string> }>> = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/'))
      requests.push(request.allHeaders().then((headers) => ({ url: request.url(), headers })));
  });
  await page.goto(linkA);
  await expect(page.getByText('Deze vragenlijst is voor Team A, medewerkers: 8 mensen.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Wat we niet kunnen voorkomen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // A request of the page's own with the browser's defaults: it carries the session cookie, so the
  // check below can fail (it relied before on a request of the previous page still in flight).
  await page.evaluate(() => fetch('/api/auth/session').then((response) => response.status));
  const sent = await Promise.all(requests);
  const respond = sent.filter((request) => request.url.includes('/api/respond/'));
  expect(respond.length).toBeGreaterThan(0);
  for (const { headers } of respond) {
    expect(headers.cookie).toBeUndefined();
    expect(headers['x-csrf-token']).toBeUndefined();
  }
  expect(sent.some((request) => !request.url.includes('/api/respond/') && request.headers.cookie)).toBe(true);
  await page.goto(mistaken);
  await expect(page.getByText('Deze link werkt niet meer.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Beginnen' })).toHaveCount(0);

  // Seven staff of team A and five staff of team B answer, each in a browser of their own; the
  // sensitive question is answered too (and randomized in each browser before it is sent).
  await inOwnBrowser(browser, baseURL ?? '', linkB, async (respondentPage) => {
    await expect(
      respondentPage.getByText('Deze vragenlijst is voor Team B, medewerkers: 5 mensen.'),
    ).toBeVisible();
    await fillIn(respondentPage, { choice: 'Mee oneens', sensitive: 'Nee' });
    await expect(respondentPage.getByRole('heading', { name: 'Bedankt voor het invullen' })).toBeVisible();
  });
  for (let i = 0; i < 7; i++)
    await answerQuestionnaire(browser, baseURL ?? '', linkA, { choice: 'Mee eens', sensitive: 'Ja' });
  for (let i = 0; i < 4; i++)
    await answerQuestionnaire(browser, baseURL ?? '', linkB, { choice: 'Mee oneens', sensitive: 'Nee' });
  // A sixth respondent through team B's link is told at once: the group declared five people.
  await inOwnBrowser(browser, baseURL ?? '', linkB, async (respondentPage) => {
    await expect(respondentPage.getByRole('alert')).toContainText(
      'Deze groep heeft al evenveel antwoorden als er mensen in zitten.',
    );
    await expect(respondentPage.getByRole('button', { name: 'Beginnen' })).toHaveCount(0);
  });

  await page.goto(waveUrl);
  await expect(
    groupsTable(page).getByRole('row', { name: /^Team A Medewerkers 8 Genoeg antwoorden/ }),
  ).toBeVisible();
  await expect(
    groupsTable(page).getByRole('row', { name: /^Team B Medewerkers 5 Genoeg antwoorden/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Meting sluiten' }).click();
  // Renamed once the close is answered (not while it runs): the results keep the name the team had
  // when the wave closed.
  const closed = page.waitForResponse((response) => response.url().endsWith('/close') && response.ok());
  await page.getByRole('button', { name: 'Ja, meting sluiten' }).click();
  await closed;
  const session = await sessionFor(server.app, org.members.coordinator.id);
  const renamed = await injectAs(server.app, session, {
    method: 'PATCH',
    url: `/api/organisations/${org.id}/teams/${org.teams.b.id}`,
    payload: { name: 'Team Zuid' },
  });
  expect(renamed.statusCode).toBe(200);
  await page.getByRole('link', { name: 'Bekijk de uitslagen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uitslagen');

  const whole = page.getByRole('region', { name: 'Hele organisatie' });
  await expect(whole.getByRole('table', { name: 'Hele organisatie: score per schaal' })).toBeVisible();
  await expect(whole).toContainText('Mensen in de groep13');
  await expect(whole).toContainText('Ingevuld12');
  await expect(whole).toContainText('via een gedeelde link');
  const sensitive = page.getByRole('region', { name: 'Gevoelige vragen' });
  await expect(sensitive).toContainText('soms expres een willekeurig antwoord');
  await expect(
    sensitive.getByRole('row', { name: /^Ja ongeveer \d+\s?% \(± \d+ procentpunt\)$/ }),
  ).toBeVisible();
  await expect(
    sensitive.getByRole('row', { name: /^Nee ongeveer \d+\s?% \(± \d+ procentpunt\)$/ }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Open antwoorden' })).toContainText(
    'Open antwoorden zie je alleen als minstens 10 mensen met een eigen uitnodiging per e-mail hebben ingevuld.',
  );
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('radio', { name: 'Per team' }).check();
  await page.getByRole('button', { name: 'Tonen' }).click();
  for (const [team, declared, answered] of [
    ['Team A', '8', '7'],
    ['Team B', '5', '5'],
  ] as const) {
    const block = page.getByRole('region', { name: team, exact: true });
    await expect(block.getByRole('table', { name: `${team}: score per schaal` })).toBeVisible();
    await expect(block).toContainText(`Mensen in de groep${declared}`);
    await expect(block).toContainText(`Ingevuld${answered}`);
  }
  await expect(page.getByText('Team Zuid')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('radio', { name: 'Per groep (perspectief)' }).check();
  await page.getByRole('button', { name: 'Tonen' }).click();
  await expect(page.getByRole('table', { name: 'Medewerkers: score per schaal' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A second wave, answered and closed through the API, shows the difference with the 0-meting.
  const m = measurementClient(server.app, session, org.id);
  const second = await m.planWave({ kind: 'followUp', title: 'Vervolgmeting' });
  const { token } = await m.groupWithLink(second, { headcount: 6 });
  for (let i = 0; i < 6; i++) await respondent(server.app).answer(token, staffAnswers(5));
  await m.close(second);
  await page.goto(`/organisatie/metingen/${second}/uitslagen`);
  const comparison = page.getByRole('region', { name: 'Vergelijking met de 0-meting' });
  await expect(comparison.getByRole('table')).toBeVisible();
  await expect(comparison.getByRole('row')).not.toHaveCount(0);
});

test('invitations by e-mail work once and are reminded without naming anyone; notes collect themes; results download as XLSX', async ({
  page,
  browser,
  server,
  smtp,
  baseURL,
}) => {
  const org = await seedTestOrganisation(server);
  const session = await sessionFor(server.app, org.members.coordinator.id);
  const m = measurementClient(server.app, session, org.id);
  const waveId = await m.planWave({ title: 'Meting per mail' });
  await m.declareGroup(waveId, { teamId: org.teams.a.id, headcount: 3 });
  await signIn(page, org.members.coordinator);
  await page.goto(`/organisatie/metingen/${waveId}`);
  const invite = page.getByRole('form', { name: 'Uitnodigingen sturen' });
  await invite.getByLabel('Groep').selectOption({ label: 'Team A, medewerkers (3 mensen)' });
  const suffix = Math.random().toString(36).slice(2, 8);
  const [noor, sam, kim, lex] = ['noor', 'sam', 'kim', 'lex'].map((name) => `${name}.${suffix}@example.org`);
  // Four addresses for a group of three: said on the page, nothing sent.
  await invite.getByLabel(/^E-mailadressen/).fill([noor, sam, kim, lex].join('\n'));
  await invite.getByRole('button', { name: 'Uitnodigingen sturen' }).click();
  await expect(invite.getByRole('alert')).toContainText('Te veel adressen. De groep heeft 3 mensen');
  await invite.getByLabel(/^E-mailadressen/).fill([noor, sam].join('\n'));
  await invite.getByRole('button', { name: 'Uitnodigingen sturen' }).click();
  await expect(page.getByText(/^2 uitnodigingen staan klaar/)).toBeVisible();
  await expect(groupsTable(page).getByRole('row', { name: /^Team A Medewerkers 3 .* 2$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Noor answers through her own link, which asks the open question too; the link then says it was used.
  await expect.poll(() => linkTokenFromMail(smtp.messages(), noor ?? '', 'vragenlijst')).toBeTruthy();
  const link = `/vragenlijst#${linkTokenFromMail(smtp.messages(), noor ?? '', 'vragenlijst')}`;
  await inOwnBrowser(browser, baseURL ?? '', link, async (respondentPage) => {
    await expect(
      respondentPage.getByText('Deze vragenlijst is voor Team A, medewerkers: 3 mensen.'),
    ).toBeVisible();
    await fillIn(respondentPage, { choice: 'Mee eens', sensitive: 'Zeg ik liever niet' });
    await expect(respondentPage.getByRole('heading', { name: 'Bedankt voor het invullen' })).toBeVisible();
  });
  await inOwnBrowser(browser, baseURL ?? '', link, async (againPage) => {
    await expect(againPage.getByText(/al ingevuld/)).toBeVisible();
  });

  // A reminder goes to Sam, who has not answered, and not to Noor; the page names nobody.
  const mailsTo = (address: string) => smtp.messages().filter((message) => message.includes(address)).length;
  expect(mailsTo(noor ?? '')).toBe(1);
  const reminders = page.getByRole('form', { name: 'Herinnering sturen' });
  await expect(reminders).toContainText('Wie dat zijn, ziet niemand: ook jij niet.');
  await reminders.getByRole('button', { name: 'Herinnering sturen' }).click();
  await expect(reminders.getByText(/Hoeveel dat er zijn, zeggen we niet/)).toBeVisible();
  await expect(reminders).not.toContainText(sam ?? '');
  await expect.poll(() => mailsTo(sam ?? '')).toBe(2);
  expect(
    smtp
      .messages()
      .filter((message) => message.includes(sam ?? ''))
      .at(-1),
  ).toContain('Herinnering');
  expect(mailsTo(noor ?? '')).toBe(1);
  await expectNoSeriousA11yViolations(page);

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
  await m.close(waveId);
  await page.goto(`/organisatie/metingen/${waveId}/uitslagen`);
  // One answer: nothing of the group is shown, and the wave's page says only "fewer than 5".
  await expect(page.getByRole('region', { name: 'Hele organisatie' })).toContainText('Te weinig antwoorden');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /als Excel-bestand/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('uitslagen.xlsx');
  const file = await readFile((await download.path()) ?? '');
  expect(file.subarray(0, 2).toString()).toBe('PK');
  await page.goto('/organisatie/metingen');
  await expect(page.getByRole('row', { name: /^Meting per mail/ })).toContainText('minder dan 5');
});
