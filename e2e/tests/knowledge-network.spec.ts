import { seedNetworkAdmin, seedTestOrganisation } from '@derde-bron/server/testing';
import { expect, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, mainNav, signIn } from './helpers.ts';

test.describe.configure({ timeout: 180_000 });

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('one organisation shares its vision document and an activity; another finds them by step, copies the activity, and a withdrawn one disappears', async ({
  page,
  browser,
  server,
  baseURL,
}) => {
  const sharer = await seedTestOrganisation(server, 'Deelhuis');
  const finder = await seedTestOrganisation(server, 'Vindplaats');

  // The sharing organisation's administrator takes part and shares.
  await signIn(page, sharer.members.org_admin);
  await mainNav(page).getByRole('link', { name: 'Kennisnetwerk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kennisnetwerk');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Meedoen aan het kennisnetwerk' }).click();
  await expect(page.getByText('Jullie doen nu mee aan het kennisnetwerk.')).toBeVisible();

  const documentForm = page.getByRole('form', { name: 'Een document delen' });
  await documentForm.getByLabel('Titel').fill('Visie op ervaringsdeskundigheid');
  await documentForm
    .getByLabel('Samenvatting')
    .fill('Hoe wij ervaringskennis inzetten, vastgesteld door het bestuur.');
  await documentForm
    .getByLabel('Stap', { exact: true })
    .selectOption({ label: 'Stap 2: Draagvlak en visievorming' });
  await documentForm.getByLabel('Punt van de stap').selectOption({ label: '1. Visie' });
  await documentForm
    .getByLabel('Bestand')
    .setInputFiles({ name: 'visie.pdf', mimeType: 'application/pdf', buffer: pdf });
  await documentForm.getByRole('button', { name: 'Delen' }).click();
  // A PDF's text is not read here: the page asks to check it before it is shared.
  await expect(documentForm.getByText('Kijk dit eerst na')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await documentForm.getByRole('button', { name: 'Ik heb het nagekeken: toch delen' }).click();
  await expect(
    documentForm.getByText('"Visie op ervaringsdeskundigheid" is gedeeld met het netwerk.'),
  ).toBeVisible();

  const formatForm = page.getByRole('form', { name: 'Een activiteit delen' });
  await formatForm.getByLabel('Titel').fill('Herstelgroep in tien weken');
  await formatForm
    .getByLabel('Samenvatting')
    .fill('Een vaste opbouw per week, samen met een ervaringsdeskundige.');
  await formatForm
    .getByLabel('Stap', { exact: true })
    .selectOption({ label: 'Stap 5: Deskundigheidsbevordering' });
  await formatForm.getByLabel('Punt van de stap').selectOption({ label: '1. Opleiding en training' });
  await formatForm.getByRole('checkbox', { name: /^Samenwerken voor herstelgerichte zorg/ }).check();
  await formatForm.getByRole('checkbox', { name: 'Cliënten' }).check();
  await formatForm.getByRole('button', { name: 'Delen' }).click();
  await expect(
    formatForm.getByText('"Herstelgroep in tien weken" is gedeeld met het netwerk.'),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Wat wij delen' })).toContainText(
    'Herstelgroep in tien weken',
  );
  await expectNoSeriousA11yViolations(page);

  // Another organisation takes part, finds both by step and copies the activity.
  const finderContext = await browser.newContext({ baseURL });
  const finderPage = await finderContext.newPage();
  await signIn(finderPage, finder.members.org_admin);
  await finderPage.goto('/organisatie/kennisnetwerk');
  await finderPage.getByRole('button', { name: 'Meedoen aan het kennisnetwerk' }).click();
  const find = finderPage.getByRole('region', { name: 'Zoeken in het netwerk' });
  await find.getByLabel('Stap', { exact: true }).selectOption({ label: 'Stap 2: Draagvlak en visievorming' });
  await find.getByRole('button', { name: 'Zoeken' }).click();
  await expect(find.getByRole('table')).toContainText('Visie op ervaringsdeskundigheid');
  await expect(find.getByRole('table')).toContainText(sharer.name);
  await expect(find.getByRole('table')).not.toContainText('Herstelgroep in tien weken');
  await find.getByLabel('Stap', { exact: true }).selectOption({ label: 'Stap 5: Deskundigheidsbevordering' });
  await find.getByRole('button', { name: 'Zoeken' }).click();
  await expect(find.getByRole('table')).toContainText('Herstelgroep in tien weken');
  await expectNoSeriousA11yViolations(finderPage);
  await find
    .getByRole('button', { name: 'Overnemen in onze activiteiten Herstelgroep in tien weken' })
    .click();
  await expect(
    find.getByText(`"Herstelgroep in tien weken" van ${sharer.name} staat nu bij jullie activiteiten.`),
  ).toBeVisible();
  await expect(finderPage.getByRole('region', { name: 'Wat wij overnamen' })).toContainText(sharer.name);
  await finderPage.goto('/organisatie/activiteiten');
  await expect(finderPage.getByRole('main')).toContainText('Herstelgroep in tien weken');

  // The links library stands beside the step's items on the roadmap step page.
  await finderPage.goto('/organisatie/afwegingskader/stap/5');
  const links = finderPage.getByRole('complementary', {
    name: 'Links uit het netwerk — 5.4 Kennisnetwerk van Valente',
  });
  await expect(links).toContainText('Kennisnetwerk ervaringsdeskundigheid (Valente)');
  await expect(
    links.getByRole('link', { name: 'Kennisnetwerk ervaringsdeskundigheid (Valente)' }),
  ).toHaveAttribute('href', 'https://www.valente.nl/netwerken/kennisnetwerk-ervaringsdeskundigheid/');
  await expectNoSeriousA11yViolations(finderPage);

  // The sharer withdraws the activity: it disappears from the network at once.
  const own = page.getByRole('region', { name: 'Wat wij delen' });
  await own.getByRole('button', { name: 'Terugtrekken Herstelgroep in tien weken' }).click();
  await own.getByRole('button', { name: 'Ja, terugtrekken' }).click();
  await expect(own.getByText('"Herstelgroep in tien weken" is teruggetrokken.')).toBeVisible();
  await expect(own.getByRole('table')).toContainText('Teruggetrokken');

  await finderPage.goto('/organisatie/kennisnetwerk');
  const findAgain = finderPage.getByRole('region', { name: 'Zoeken in het netwerk' });
  await findAgain
    .getByLabel('Stap', { exact: true })
    .selectOption({ label: 'Stap 5: Deskundigheidsbevordering' });
  await findAgain.getByRole('button', { name: 'Zoeken' }).click();
  await expect(
    findAgain.getByText('Niets gevonden. Probeer andere woorden of minder filters.'),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(finderPage);
  await finderContext.close();
});

test('the network admin keeps the links library: adds a link to a step item, edits it and removes it', async ({
  page,
  server,
}) => {
  await signIn(page, await seedNetworkAdmin(server));
  await mainNav(page).getByRole('link', { name: 'Links kennisnetwerk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Links van het kennisnetwerk');
  await expect(page.getByRole('table')).toContainText('Ervaringskennisplein');
  await expectNoSeriousA11yViolations(page);

  const form = page.getByRole('form', { name: 'Link toevoegen' });
  await form.getByLabel('Adres (URL)').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Link toevoegen' }).click();
  await expect(form.getByText('Vul een titel in.').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await form.getByLabel('Titel').fill('Opleiding Voorbeeld');
  await form.getByLabel('Adres (URL)').fill('https://opleiding.example.org/');
  await form.getByLabel('Stap', { exact: true }).selectOption({ label: 'Stap 5: Deskundigheidsbevordering' });
  await form.getByLabel('Punt van de stap').selectOption({ label: '1. Opleiding en training' });
  await form.getByRole('button', { name: 'Link toevoegen' }).click();
  await expect(form.getByText('"Opleiding Voorbeeld" is opgeslagen.')).toBeVisible();
  const row = page.getByRole('row', { name: /Opleiding Voorbeeld/ });
  await expect(row).toContainText('Stap 5: Deskundigheidsbevordering — 1. Opleiding en training');

  await row.getByRole('button', { name: 'Bewerken Opleiding Voorbeeld' }).click();
  const edit = page.getByRole('form', { name: 'Link bewerken' });
  await edit.getByLabel('Titel').fill('Opleiding Voorbeeld (nieuw)');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('row', { name: /Opleiding Voorbeeld \(nieuw\)/ })).toBeVisible();

  await page.getByRole('button', { name: 'Verwijderen Opleiding Voorbeeld (nieuw)' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByText('"Opleiding Voorbeeld (nieuw)" is verwijderd.')).toBeVisible();
  await expect(page.getByRole('table')).not.toContainText('Opleiding Voorbeeld');
  await expectNoSeriousA11yViolations(page);
});
