import { dumpOrganisationRows, injectAs, seedTestOrganisation, sessionFor } from '@derde-bron/server/testing';
import { expect, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, mainNav, signIn, stubExitSite } from './helpers.ts';

test.describe.configure({ timeout: 150_000 });

const passphrase = 'zeven blauwe vogels op het dak';
const firstWords = 'Vandaag zag ik een vuurtorenwachter bij de haven';
const secondWords = 'Het kaneelbroodje deed me aan thuis denken';

test('an expert keeps a journal only she can read: set up, write, sign out, open with the passphrase and with the recovery key', async ({
  page,
  server,
}) => {
  const org = await seedTestOrganisation(server);
  const expert = org.members.expert;
  await signIn(page, expert);
  await mainNav(page).getByRole('link', { name: 'Mijn dagboek' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn dagboek');
  await expectNoSeriousA11yViolations(page);

  // Set-up: a passphrase twice (checked first), then the recovery key, shown once.
  await page.getByLabel('Wachtzin', { exact: true }).fill('te kort');
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByText('Maak de wachtzin minstens 12 tekens lang.').first()).toBeVisible();
  await page.getByLabel('Wachtzin', { exact: true }).fill(passphrase);
  await page.getByLabel('Wachtzin nog een keer').fill(passphrase);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { name: 'Jouw herstelsleutel' })).toBeFocused();
  const recoveryKey = (await page.getByTestId('journal-recovery-key').textContent()) ?? '';
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await expect(page.getByText('Dan ben je je dagboek kwijt.', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Dagboek maken' }).click();
  await expect(page.getByText('Bewaar eerst je herstelsleutel.', { exact: false })).toBeVisible();
  await page.getByLabel('Ik heb de herstelsleutel opgeschreven of geprint').check();
  await page.getByRole('button', { name: 'Dagboek maken' }).click();

  // Two entries, one guided by a stage of the circle and a value of the beroepscode.
  await expect(page.getByRole('heading', { name: 'Iets opschrijven' })).toBeVisible();
  await expect(page.getByText('Je hebt nog niets opgeschreven.')).toBeVisible();
  await page.getByLabel('Waar ben je in de cirkel?').selectOption({ label: 'Reflectie' });
  await page
    .getByLabel('Een vraag om over te schrijven')
    .selectOption({ label: 'Wat deed deze ervaring met jou als hulpverlener?' });
  await page.getByLabel('Een waarde uit de beroepscode').selectOption({ label: 'Respect' });
  await page.getByLabel('Wat wil je opschrijven?').fill(firstWords);
  await page.getByLabel('Klaar om te delen in intervisie').check();
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('Bewaard. Alleen jij kunt het lezen.')).toBeVisible();
  await expect(page.getByText(firstWords)).toBeVisible();
  await page.getByLabel('Wat wil je opschrijven?').fill(secondWords);
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText(secondWords)).toBeVisible();
  const entries = page.getByRole('region', { name: 'Wat je schreef' });
  await expect(entries.getByRole('heading', { level: 3, name: /Reflectie$/ })).toBeVisible();
  await expect(entries.getByText('Klaar om te delen', { exact: true })).toBeVisible();
  // Only her own act copies an entry, in plain text, into a preparation for intervisie.
  const preparation = page.getByLabel('Wat je wilt inbrengen (gewone tekst)');
  await expect(preparation).toHaveValue('');
  await entries.getByRole('button', { name: /Kopieer naar mijn voorbereiding/ }).click();
  await expect(preparation).toHaveValue(firstWords);
  await expect(preparation).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  // Signed out and in again: the journal is closed until she opens it.
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByText('Je bent uitgelogd.')).toBeVisible();
  await signIn(page, expert);
  await mainNav(page).getByRole('link', { name: 'Mijn dagboek' }).click();
  await expect(page.getByRole('heading', { name: 'Dagboek openen' })).toBeVisible();
  await expect(page.getByText('Je dagboek heeft 2 stukken.', { exact: false })).toBeVisible();
  await expect(page.getByText(firstWords)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Wachtzin', { exact: true }).fill('een verkeerde wachtzin');
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(
    page.getByText('Met deze wachtzin gaat je dagboek niet open.', { exact: false }).first(),
  ).toBeVisible();
  await page.getByLabel('Wachtzin', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByText(firstWords)).toBeVisible();
  await expect(page.getByText(secondWords)).toBeVisible();

  // Closing forgets the key; she "forgot" her passphrase and opens with the recovery key instead.
  await page.getByRole('button', { name: 'Dagboek sluiten' }).click();
  await expect(page.getByRole('heading', { name: 'Dagboek openen' })).toBeVisible();
  await page.getByLabel('Met mijn herstelsleutel').check();
  await page
    .getByLabel('Herstelsleutel', { exact: true })
    .fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByText(firstWords)).toBeVisible();
  await page.getByLabel('Nieuwe wachtzin', { exact: true }).fill('een nieuwe zin voor mijn dagboek');
  await page.getByRole('button', { name: 'Nieuwe wachtzin bewaren' }).click();
  await expect(page.getByText('Je nieuwe wachtzin is bewaard.', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The quick exit closes the journal: back on the site, it asks for the passphrase again.
  await stubExitSite(page);
  await page.getByRole('link', { name: /Snel weg/ }).click();
  await expect(page).toHaveURL(/buienradar/);
  await page.goto('/organisatie/dagboek');
  await expect(page.getByRole('heading', { name: 'Dagboek openen' })).toBeVisible();
  await page.getByLabel('Wachtzin', { exact: true }).fill('een nieuwe zin voor mijn dagboek');
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByText(secondWords)).toBeVisible();

  // Nothing of it in the browser's storage.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  for (const words of [firstWords, secondWords, passphrase, recoveryKey]) expect(stored).not.toContain(words);

  // The database and the organisation's full export hold no word of either entry.
  const dump = await dumpOrganisationRows(server.database, org.id, [
    'journal_entries',
    'journals',
    'audit_log',
  ]);
  expect(dump).toContain('journal.entryWritten');
  const exported = await injectAs(server.app, await sessionFor(server.app, org.members.org_admin.id), {
    method: 'GET',
    url: `/api/organisations/${org.id}/export.json`,
  });
  expect(exported.statusCode).toBe(200);
  expect(exported.json().tables.journals).toEqual([
    expect.objectContaining({ person: expert.name, encryptedEntries: 2 }),
  ]);
  for (const text of [dump, exported.body])
    for (const word of [...firstWords.split(' '), ...secondWords.split(' ')].filter((w) => w.length > 6))
      expect(text).not.toContain(word);
});
