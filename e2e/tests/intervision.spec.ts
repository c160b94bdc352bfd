import { injectAs, seedTestOrganisation, sessionFor } from '@derde-bron/server/testing';
import { expect, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, mainNav, signIn } from './helpers.ts';

test.describe.configure({ timeout: 150_000 });

test('a coordinator leads an intervisie with the roddelmethode: steps with a timer, a kept record, and the registry logs filled in', async ({
  page,
  server,
}) => {
  const org = await seedTestOrganisation(server);
  const coordinator = await sessionFor(server.app, org.members.coordinator.id);
  const people: Record<string, string> = {};
  for (const name of ['Anna de Vries', 'Fatima El Amrani', 'Jo Bos']) {
    const res = await injectAs(server.app, coordinator, {
      method: 'POST',
      url: `/api/organisations/${org.id}/registry/people`,
      payload: { name, kind: 'staff', levels: ['practice'], phases: ['recovery'], employment: 'paid' },
    });
    expect(res.statusCode).toBe(201);
    people[name] = res.json().id;
  }

  await signIn(page, org.members.coordinator);
  await mainNav(page).getByRole('link', { name: 'Intervisie' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Intervisie');
  await expect(page.getByText('Er zijn nog geen bijeenkomsten gepland.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Scheduling: at least two people, a method with its planned minutes.
  await page.getByLabel('Datum').fill('2026-03-02');
  await page.getByLabel('Methode').selectOption({ label: 'Roddelmethode (50 minuten)' });
  await page.getByLabel('Anna de Vries').check();
  await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
  await expect(page.getByText('Kies minstens twee deelnemers.').first()).toBeVisible();
  await page.getByLabel('Fatima El Amrani').check();
  await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
  await expect(page.getByText('De bijeenkomst is gepland.')).toBeVisible();
  await page.getByRole('link', { name: '2 maart 2026' }).click();

  // The shared screen: step 1 with its own timer; nothing moves on by itself.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bijeenkomst');
  await expect(page.getByRole('heading', { name: 'Stap 1 van 5: Situatie vertellen' })).toBeVisible();
  const timer = page.getByTestId('intervision-timer');
  await expect(timer).toHaveText('10:00');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Tijd starten' }).click();
  await expect.poll(async () => timer.textContent()).not.toBe('10:00');
  await page.getByRole('button', { name: 'Pauze' }).click();
  const paused = await timer.textContent();
  await expect(page.getByRole('button', { name: 'Verder', exact: true })).toBeVisible();
  expect(await timer.textContent()).toBe(paused);
  // By keyboard to the next step: it is announced, with its own time.
  await page.getByRole('button', { name: 'Volgende stap' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Stap 2 van 5: Vragen om te begrijpen' })).toBeVisible();
  await expect(timer).toHaveText('10:00');
  await expect(
    page.locator('[aria-live="polite"]', { hasText: 'Stap 2: Vragen om te begrijpen' }),
  ).toHaveCount(1);
  await page.getByRole('button', { name: 'Volgende stap' }).click();
  await expect(page.getByRole('heading', { name: 'Stap 3 van 5: Roddelen' })).toBeVisible();
  await expect(timer).toHaveText('15:00');

  // The record: a name from the registry is refused; themes and agreements are kept.
  await expect(page.getByText('Geen namen en geen gegevens van cliënten.', { exact: false })).toBeVisible();
  await page.getByLabel('Thema’s').fill('Grenzen stellen; wanneer deel je je eigen ervaring');
  await page.getByLabel('Afspraken').fill('Fatima oefent met nee zeggen');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(
    page.getByText('Hier staat de naam van iemand uit het register.', { exact: false }).first(),
  ).toBeVisible();
  await page.getByLabel('Afspraken').fill('Volgende keer oefenen we samen met nee zeggen');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByText('Bewaard.', { exact: true })).toBeVisible();

  // Finishing writes the registry log of both participants, not of the third person.
  await page.getByLabel('Hoe lang duurde de bijeenkomst? (minuten)').fill('60');
  await page.getByRole('button', { name: 'Afronden en in het register zetten' }).click();
  await expect(page.getByText('staat in het register van 2 deelnemers', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  for (const name of ['Anna de Vries', 'Fatima El Amrani']) {
    await page.goto(`/organisatie/register/${people[name]}`);
    const logs = page.getByRole('region', { name: 'Intervisie, supervisie en trainingen' });
    await expect(logs.getByRole('row', { name: /2026-03-02 Intervisie Intern\s+1/ })).toBeVisible();
  }
  await page.goto(`/organisatie/register/${people['Jo Bos']}`);
  await expect(page.getByRole('row', { name: /2026-03-02/ })).toHaveCount(0);
});
