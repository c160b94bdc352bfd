import { seedRoadmapProgress, seedTestOrganisation } from '@derde-bron/server/testing';
import { expect, test } from './fixtures.ts';
import { downloadText, expectNoSeriousA11yViolations, mainNav, signIn } from './helpers.ts';

test.describe.configure({ timeout: 180_000 });

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('a coordinator sets targets and budget, sees the gap, and the board report shows the formation plan', async ({
  page,
  server,
}) => {
  const org = await seedTestOrganisation(server, 'Formatie');
  // Something to report on: the report is made only for a period with recorded work.
  await seedRoadmapProgress(server.database.db, org.id, { done: 1, inProgress: 1 });

  await signIn(page, org.members.coordinator);
  // One expert in the registry: a recovery coach in practice, 18 hours a week.
  await mainNav(page).getByRole('link', { name: 'Register' }).click();
  const form = page.getByRole('region', { name: 'Persoon toevoegen' });
  await form.getByLabel('Naam', { exact: true }).fill('Fatima Bakker');
  await form.getByRole('checkbox', { name: 'Herstelcoach' }).check();
  await form.getByRole('checkbox', { name: /^Samenwerken voor herstelgerichte zorg/ }).check();
  await form.getByRole('checkbox', { name: 'Uitvoering' }).check();
  await form.getByLabel('Uren per week').fill('18');
  await form.getByRole('checkbox', { name: 'De opleiding is erkend' }).check();
  await form.getByRole('button', { name: 'Persoon toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Persoon in het register');

  // The formation plan, from the registry's navigation.
  await page.goto('/organisatie/register');
  await page
    .getByRole('navigation', { name: 'Register' })
    .getByRole('link', { name: 'Formatieplan' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Formatieplan');
  await expect(
    page.getByText(/op alle organisatieniveaus vertegenwoordigd, zowel horizontaal als verticaal/),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const plan = page.getByRole('region', { name: 'Plan aanpassen' });
  await plan.getByRole('button', { name: 'Doel toevoegen' }).click();
  const target = plan.getByRole('group', { name: 'Doel 1' });
  await target.getByLabel('Niveau').selectOption({ label: 'Uitvoering' });
  await target.getByLabel('Fase').selectOption('recovery');
  await target.getByLabel('Rol').selectOption({ label: 'Herstelcoach' });
  await target.getByLabel('Doel (mensen)').fill('3');
  // A negative FTE is refused on its field, and nothing is saved.
  await target.getByLabel('Doel (fte)').fill('-1');
  await plan.getByRole('button', { name: 'Budgetregel toevoegen' }).click();
  const line = plan.getByRole('group', { name: 'Budgetregel 1' });
  await line.getByLabel('Bron').selectOption({ label: 'Subsidie' });
  await line.getByLabel('Omschrijving').fill('Fonds Herstel');
  await line.getByLabel('Bedrag in euro').fill('12500');
  await line.getByLabel('Begint op').fill(day(-100));
  await line.getByLabel('Stopt op').fill(day(-200));
  await plan.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(target.getByText('Vul een getal in, 0 of meer.')).toBeVisible();
  await expect(line.getByText('Deze datum ligt voor de startdatum.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await target.getByLabel('Doel (fte)').fill('2,5');
  await line.getByLabel('Stopt op').fill(day(60));
  await plan.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(page.getByText('Het formatieplan is opgeslagen.')).toBeVisible();

  // Target against actual: 3 people and 2.5 FTE asked, 1 person with 0.5 FTE there, 2 and 2 short.
  const row = page
    .getByRole('table', { name: /^Per regel van het plan/ })
    .getByRole('row', { name: /^Uitvoering/ });
  await expect(row.getByRole('cell')).toHaveText([
    /^Samenwerken voor herstelgerichte zorg/,
    'Herstelcoach',
    '3',
    '2,5',
    '1',
    '0,5',
    '2',
    '2',
  ]);
  const budget = page.getByRole('table', { name: /^Het budget in het plan per bron/ });
  await expect(budget.getByRole('row', { name: /^Subsidie/ })).toContainText('12.500,00');
  await expect(page.getByRole('region', { name: 'Budget per bron' })).toContainText(
    /Fonds Herstel: €\s12\.500,00, stopt op/,
  );
  // The gap to the 2030 aim: management has nobody, and the plan has no target for it.
  const aim = page.getByRole('region', { name: 'Het doel voor 2030' });
  await expect(aim).toContainText('plekken (niveau en fase) zonder ervaringskennis');
  await expect(
    aim
      .getByRole('listitem')
      .filter({ hasText: /^Management, / })
      .first(),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A phase-2 activity, with its reach split by audience: counts only.
  await mainNav(page).getByRole('link', { name: 'Activiteiten' }).click();
  await page
    .getByLabel('Activiteit', { exact: true })
    .selectOption({ label: '(Ex-)partners en plegers vroeg betrekken' });
  await page
    .getByRole('group', { name: 'Fasen' })
    .getByRole('checkbox', { name: /^Samenwerken voor risicogestuurde zorg/ })
    .check();
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  const card = page.getByRole('listitem', { name: '(Ex-)partners en plegers vroeg betrekken' });
  const reach = card.getByRole('form', { name: /^Bereik van/ });
  const quarter = await reach.getByLabel('Kwartaal').inputValue();
  expect(quarter).toMatch(/^\d{4}-Q[1-4]$/);
  await reach.getByLabel('Volwassenen', { exact: true }).fill('4');
  await reach.getByLabel('Kinderen', { exact: true }).fill('1,5');
  await reach.getByLabel('(Ex-)partners en plegers', { exact: true }).fill('3');
  await reach.getByLabel('Netwerk (familie, vrienden)', { exact: true }).fill('2');
  await reach.getByRole('button', { name: 'Bereik opslaan' }).click();
  await expect(reach.getByText('Vul een heel getal van 0 of meer in.').first()).toBeVisible();
  await reach.getByLabel('Kinderen', { exact: true }).fill('1');
  await reach.getByRole('button', { name: 'Bereik opslaan' }).click();
  const reachRow = card
    .getByRole('table', { name: /^Bereik van/ })
    .getByRole('row', { name: new RegExp(`^${quarter}`) });
  await expect(reachRow.getByRole('cell')).toHaveText(['4', '1', '3', '2', '10', '—']);
  await expectNoSeriousA11yViolations(page);

  // The board report shows the formation plan.
  await mainNav(page).getByRole('link', { name: 'Rapportages' }).click();
  await page.getByRole('radio', { name: /^Bestuur en MT/ }).check();
  await page.getByRole('button', { name: 'Rapportage maken' }).click();
  const made = page.getByRole('table', { name: 'Rapportages van de laatste dagen, de nieuwste eerst' });
  const text = await downloadText(page, made.getByRole('link', { name: 'Bestuur en MT downloaden (PDF)' }));
  expect(text).toContain('Formatieplan: doel en werkelijkheid');
  expect(text).toMatch(
    /op alle\s+organisatieniveaus\s+vertegenwoordigd,\s+zowel\s+horizontaal\s+als\s+verticaal/,
  );
  expect(text).toMatch(/Herstelcoach\s+3 \/ 2,5\s+1 \/ 0,5\s+2 \/ 2/);
  expect(text).toMatch(/Subsidie\s+€\s?12\.500,00/);
  expect(text).toMatch(/Budget dat binnen 6 maanden stopt[\s\S]*Fonds Herstel/);
});
