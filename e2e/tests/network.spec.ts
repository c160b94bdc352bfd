import {
  retakeNetworkSnapshot,
  seedNetworkAdmin,
  seedNetworkShowcase,
  seedTestOrganisation,
} from '@derde-bron/server/testing';
import { expect, test } from './fixtures.ts';
import { downloadText, expectNoSeriousA11yViolations, mainNav, signIn } from './helpers.ts';

test.describe.configure({ timeout: 120_000 });

/** Six member organisations with roadmaps and two closed waves each, as the demo data has. */
async function seedSixOrganisations(server: Parameters<typeof seedTestOrganisation>[0]) {
  const orgs = [];
  for (let i = 0; i < 6; i++) orgs.push(await seedTestOrganisation(server, `Netwerkleden${i}`));
  await seedNetworkShowcase(
    server.database.db,
    server.secretBox,
    orgs.map((org) => org.id),
  );
  // The figures are a monthly snapshot, taken on the month's first read: another test on this
  // worker's server may have taken it before these organisations existed. Take it anew.
  await retakeNetworkSnapshot(server.database);
  return orgs;
}

test('the network admin reads the network figures as tables, with no organisation named', async ({
  page,
  server,
}) => {
  const orgs = await seedSixOrganisations(server);
  await signIn(page, await seedNetworkAdmin(server));
  await expect(page).toHaveURL(/\/netwerk$/);
  const figures = page.getByRole('region', { name: 'Netwerkcijfers' });
  // This month's snapshot, said in Dutch: "Cijfers van december 2026, bijgewerkt op 6 december 2026."
  // The snapshot's month is a UTC month; the day it was taken is shown in the reader's time zone.
  const month = new Intl.DateTimeFormat('nl', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(),
  );
  await expect(
    figures.getByText(new RegExp(`^Cijfers van ${month}, bijgewerkt op \\d+ \\S+ \\d{4}\\.$`)),
  ).toBeVisible();
  const scales = figures.getByRole('table', { name: 'Metingen: mediaan en kwartielen over de organisaties' });
  await expect(scales.getByRole('columnheader', { name: 'Mediaan' })).toBeVisible();
  const knowledge = scales.getByRole('row', { name: /^Kennis/ });
  await expect(knowledge).toContainText(/\d/);
  await expect(knowledge).not.toContainText('Niet getoond');
  // Quartiles only from seven organisations (under that each would be one organisation's own
  // value). How many count depends on what else this worker's server holds: at least these six.
  const organisations = Number(await knowledge.getByRole('cell').last().textContent());
  expect(organisations).toBeGreaterThanOrEqual(6);
  if (organisations < 7) await expect(knowledge).toContainText('kwartielen vanaf 7 organisaties');
  else await expect(knowledge).not.toContainText('kwartielen vanaf');
  await expect(
    figures.getByRole('table', { name: 'Kennis: verloop per jaar' }).getByRole('row', { name: /^2026/ }),
  ).toBeVisible();
  await expect(
    figures.getByRole('table', {
      name: 'Stand van de organisatie als geheel: aantal organisaties per stand',
    }),
  ).toBeVisible();
  for (const org of orgs) await expect(figures).not.toContainText(org.name);
  await expectNoSeriousA11yViolations(page);

  // The network report is made by the server's job queue, then offered for download.
  await page.getByRole('button', { name: 'Netwerkrapportage maken (PDF)' }).click();
  const text = await downloadText(
    page,
    page.getByRole('link', { name: 'Netwerkrapportage downloaden (PDF)' }),
  );
  expect(text).toContain('Netwerkrapportage ervaringsdeskundigheid');
  for (const org of orgs) expect(text).not.toContain(org.name);
  await expectNoSeriousA11yViolations(page);
});

test('an org_admin compares with the network and downloads the implementation report', async ({
  page,
  server,
}) => {
  const [org] = await seedSixOrganisations(server);
  if (!org) throw new Error('no organisation');
  await signIn(page, org.members.org_admin);
  // Signing in lands on the start page; the organisation page is one link away.
  await expect(page).toHaveURL(/\/organisatie\/start$/);
  await mainNav(page).getByRole('link', { name: 'Organisatie', exact: true }).click();
  await expect(page).toHaveURL(/\/organisatie$/);
  await expect(page.getByRole('region', { name: 'Vergelijken, rapporteren en gegevens' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await mainNav(page).getByRole('link', { name: 'Vergelijken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vergelijken met het netwerk');
  const scales = page.getByRole('table', { name: 'Metingen: jullie cijfer naast het netwerk' });
  await expect(scales.getByRole('row', { name: /^Kennis/ })).toContainText(/\d/);
  // Where the organisation stands, in words (against the quartiles, or the median alone).
  await expect(
    scales
      .getByRole('row', { name: /^Kennis/ })
      .getByRole('cell')
      .last(),
  ).toHaveText(
    /^(Lager dan de meeste organisaties|Iets onder het midden|Gelijk aan het midden|Iets boven het midden|Hoger dan de meeste organisaties|Onder het midden|Boven het midden)$/,
  );
  await expect(page.getByText(/^Cijfers van \S+ \d{4}, bijgewerkt op \d+ \S+ \d{4}\.$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await mainNav(page).getByRole('link', { name: 'Rapportages' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapportages');
  await expectNoSeriousA11yViolations(page);

  // A year without anything recorded: the server's job says so, and there is no file.
  const made = page.getByRole('table', { name: 'Rapportages van de laatste dagen, de nieuwste eerst' });
  await page.getByLabel('Jaar (mag leeg blijven)').fill('2019');
  await page.getByRole('button', { name: 'Rapportage maken' }).click();
  await expect(made.getByRole('row', { name: /2019/ })).toContainText(
    'Voor deze periode is er niets vastgelegd',
  );

  await page.getByLabel('Jaar (mag leeg blijven)').fill('');
  await page.getByRole('radio', { name: /^Bestuur en MT/ }).check();
  await page.getByRole('button', { name: 'Rapportage maken' }).click();
  const text = await downloadText(page, made.getByRole('link', { name: 'Bestuur en MT downloaden (PDF)' }));
  await expectNoSeriousA11yViolations(page);
  expect(text).toContain('Rapportage ervaringsdeskundigheid');
  expect(text).toContain(org.name);
  expect(text).toContain('Stand van het afwegingskader');
  expect(text).toMatch(/Kennis\s+\d/);
  expect(text).toContain('Vergelijking: Tweede meting 2026 tegenover de 0-meting');
});
