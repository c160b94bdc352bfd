import { seedTestOrganisation } from '@derde-bron/server/testing';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, openItem as item, signIn } from './helpers.ts';

const advice = (page: Page) => page.getByText(/^Ons advies: kies een /);

test.describe('roadmap', () => {
  test('a coordinator works through steps 1 to 3 and sees the advice change when the vision is adopted', async ({
    page,
    server,
  }) => {
    const org = await seedTestOrganisation(server);
    await signIn(page, org.members.coordinator);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Onze voortgang' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Onze voortgang met het afwegingskader');
    await expect(advice(page)).toHaveText(/beleidsmedewerker/);
    await expect(page.getByRole('table', { name: 'Voortgang per stap in getallen' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Step 1: a status, an evidence file and a goal.
    await page.getByRole('link', { name: 'Stap 1 Verkenning' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stap 1: Verkenning');
    const inventory = await item(page, '1.1');
    await inventory.getByLabel('Status').selectOption({ label: 'Bezig' });
    await inventory.getByRole('button', { name: /^Opslaan/ }).click();
    await expect(inventory.getByText(/is opgeslagen\./)).toBeVisible();
    const baseline = await item(page, '1.2');
    await baseline.getByLabel('Bestand', { exact: true }).setInputFiles({
      name: 'vragenlijst-0-meting.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(
        '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      ),
    });
    await baseline.getByRole('button', { name: /^Bestand uploaden/ }).click();
    await expect(baseline.getByRole('link', { name: /vragenlijst-0-meting\.pdf/ })).toBeVisible();
    const goalForm = page.getByRole('form', { name: 'Doel of actie toevoegen' });
    await goalForm.getByLabel('Doel of actie', { exact: true }).fill('0-meting uitzetten in alle teams');
    await goalForm.getByLabel('Deadline').fill('2020-03-01');
    await goalForm.getByRole('button', { name: 'Doel toevoegen' }).click();
    await expect(page.getByRole('table', { name: 'Doelen en acties bij stap 1' })).toContainText(
      '0-meting uitzetten in alle teams',
    );
    await expectNoSeriousA11yViolations(page);

    // Step 3: a decision on capacity. Without a vision the advice stays beleidsmedewerker.
    await page.goto('/organisatie/afwegingskader/stap/3');
    const capacity = await item(page, '3.1');
    await capacity.getByLabel('Datum van het besluit').fill('2026-11-20');
    await capacity
      .getByLabel('Wat is er besloten?')
      .fill('We zoeken iemand die ervaringsdeskundigheid trekt');
    await capacity
      .getByLabel('Waarom is dit besloten?')
      .fill('Uit de verkenning blijkt dat niemand er nu tijd voor heeft.');
    await capacity.getByLabel('Wie besliste?').fill('MT');
    await capacity.getByRole('button', { name: /^Besluit vastleggen/ }).click();
    await expect(capacity.getByText('We zoeken iemand die ervaringsdeskundigheid trekt')).toBeVisible();
    await expect(advice(page)).toHaveText(/beleidsmedewerker/);

    // Step 2: the vision adopted. Now the advice is projectleider.
    await page.goto('/organisatie/afwegingskader/stap/2');
    const vision = await item(page, '2.1');
    await vision.getByLabel('Status').selectOption({ label: 'Klaar' });
    await vision.getByRole('button', { name: /^Opslaan/ }).click();
    await expect(vision.getByText(/is opgeslagen\./)).toBeVisible();
    await page.goto('/organisatie/afwegingskader');
    await expect(advice(page)).toHaveText(/projectleider/);
    await expect(page.getByText('Te laat')).toBeVisible();

    // Step 3: record who was actually appointed; the advice is set against it, each reason with its source.
    await page.goto('/organisatie/afwegingskader/stap/3');
    const appointment = page.getByRole('form', { name: 'Wie is aangesteld?' });
    await appointment.getByLabel('Functie').selectOption({ label: 'projectleider' });
    await appointment.getByLabel('Uren per week').fill('60');
    await appointment.getByRole('button', { name: 'Aanstelling opslaan' }).click();
    await expect(appointment.getByRole('alert')).toContainText('van 1 tot en met 40');
    await appointment.getByLabel('Uren per week').fill('16');
    await appointment.getByLabel('Begonnen op').fill('2026-01-05');
    await appointment.getByRole('button', { name: 'Aanstelling opslaan' }).click();
    await expect(appointment.getByText('De aanstelling is opgeslagen.')).toBeVisible();
    const box = page.getByRole('region', { name: 'Advies bij stap 3: wie trekt het werk?' });
    await expect(box).toContainText('Aangesteld: projectleider, 16 uur per week sinds 5 januari 2026.');
    await expect(box).toContainText('Het advies is nu ook: projectleider. Dat past bij de aanstelling.');
    await expect(box.getByRole('link', { name: 'punt 2.1 Visie' })).toBeVisible();
    await expect(page.getByText(/een aanstelling bij punt 3\.1/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a policy topic goes round all four parts and closes only after the feedback', async ({
    page,
    server,
  }) => {
    const org = await seedTestOrganisation(server);
    await signIn(page, org.members.coordinator);
    await page.goto('/organisatie/afwegingskader/beleid');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ervaringskennis in beleid');
    await page.getByLabel('Onderwerp', { exact: true }).fill('Nazorg na vertrek uit de opvang');
    await page.getByRole('button', { name: 'Onderwerp toevoegen' }).click();
    const topic = page.getByRole('region', { name: 'Nazorg na vertrek uit de opvang' });
    await expect(topic.getByText(/Deel 1 van 4/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    for (const [phase, name, notes] of [
      [1, 'Ontsluiten', 'Gesprekken met oud-bewoners gehouden'],
      [2, 'Vertalen', 'Drie knelpunten benoemd'],
      [3, 'Beleid of uitvoering ontwikkelen of aanpassen', 'Werkinstructie nazorg aangepast'],
    ] as const) {
      await expect(topic.getByText(new RegExp(`Deel ${phase} van 4`))).toBeVisible();
      await topic.getByLabel(/^Notities bij het deel/).fill(notes);
      await topic.getByRole('button', { name: /^Notities opslaan/ }).click();
      // The next phase starts from the saved version: wait until the save is confirmed.
      await expect(
        page.getByText(`De notities bij Nazorg na vertrek uit de opvang (${name}) zijn opgeslagen.`),
      ).toBeVisible();
      await topic.getByRole('button', { name: /^Volgende deel/ }).click();
    }
    await expect(topic.getByText(/Deel 4 van 4/)).toBeVisible();
    await topic.getByRole('button', { name: /^Onderwerp afsluiten/ }).click();
    await expect(topic.getByRole('alert')).toContainText('teruggekoppeld');
    await topic.getByLabel(/^Notities bij het deel/).fill('Teruggekoppeld in de bewonersraad');
    await topic.getByRole('button', { name: /^Notities opslaan/ }).click();
    await topic.getByRole('button', { name: /^Onderwerp afsluiten/ }).click();
    await expect(topic.getByRole('button', { name: /^Nieuwe ronde/ })).toBeVisible();
  });

  test('a conflicting save from a second browser gets the conflict message and overwrites nothing', async ({
    page,
    browser,
    server,
    baseURL,
  }) => {
    const org = await seedTestOrganisation(server);
    const other = await browser.newContext({ baseURL });
    const otherPage = await other.newPage();
    await signIn(page, org.members.coordinator);
    await signIn(otherPage, org.members.coordinator);
    for (const p of [page, otherPage]) await p.goto('/organisatie/afwegingskader/stap/1');

    const mine = await item(page, '1.3');
    await mine.getByLabel('Notities').fill('Teamgesprekken in januari');
    await mine.getByRole('button', { name: /^Opslaan/ }).click();
    await expect(mine.getByText(/is opgeslagen\./)).toBeVisible();

    const theirs = await item(otherPage, '1.3');
    await theirs.getByLabel('Notities').fill('Enquête onder alle teams');
    await theirs.getByRole('button', { name: /^Opslaan/ }).click();
    await expect(theirs.getByRole('alert')).toContainText('Iemand anders heeft dit punt net opgeslagen');
    await expect(theirs).toContainText('Teamgesprekken in januari');
    await expectNoSeriousA11yViolations(otherPage);

    await page.reload();
    await expect((await item(page, '1.3')).getByLabel('Notities')).toHaveValue('Teamgesprekken in januari');
    await other.close();
  });

  test('an expert reads the roadmap and its history without edit controls', async ({ page, server }) => {
    const org = await seedTestOrganisation(server);
    await signIn(page, org.members.expert);
    await page.goto('/organisatie/afwegingskader/stap/4');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stap 4: Afbakening');
    await expect(page.getByRole('button', { name: /^Opslaan/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await page.goto('/organisatie/afwegingskader/geschiedenis');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle wijzigingen in onze voortgang');
    await expectNoSeriousA11yViolations(page);
  });
});
