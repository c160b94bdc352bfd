import { linkTokenFromMail, seedNetworkAdmin, seedTestOrganisation } from '@derde-bron/server/testing';
import { expect, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, mainNav, signIn } from './helpers.ts';

test.describe('accounts and access', () => {
  test('an org_admin signs in with a code from the app and manages the organisation', async ({
    page,
    server,
  }) => {
    const org = await seedTestOrganisation(server);
    await signIn(page, org.members.org_admin);
    // Signing in lands on the start page; the organisation page is one link away.
    await expect(page).toHaveURL(/\/organisatie\/start$/);
    await mainNav(page).getByRole('link', { name: 'Organisatie', exact: true }).click();
    await expect(page).toHaveURL(/\/organisatie$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisatie');
    await expect(page.getByText(`Ingelogd als ${org.members.org_admin.name}`)).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: 'Logboek' })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Leden van je organisatie, met hun rol' }).getByRole('row'),
    ).toHaveCount(5);
    await expect(page.getByRole('button', { name: 'Uitnodiging versturen' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await mainNav(page).getByRole('link', { name: 'Logboek' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logboek');
    await expect(page.getByRole('table')).toContainText(org.members.org_admin.name);
    await expectNoSeriousA11yViolations(page);

    await mainNav(page).getByRole('link', { name: 'Account' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je account');
    await expectNoSeriousA11yViolations(page);
    // Nothing about the person or the organisation is kept in the browser, and the title stays neutral.
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await expect(page).toHaveTitle('Je account · Derde Bron');
  });

  test('a coordinator sees the members but cannot change them, and has no audit log', async ({
    page,
    server,
  }) => {
    const org = await seedTestOrganisation(server);
    await signIn(page, org.members.coordinator);
    // Signing in lands on the start page; the organisation page is one link away.
    await expect(page).toHaveURL(/\/organisatie\/start$/);
    await mainNav(page).getByRole('link', { name: 'Organisatie', exact: true }).click();
    await expect(page).toHaveURL(/\/organisatie$/);
    await expect(page.getByRole('table', { name: 'Leden van je organisatie, met hun rol' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Uitnodiging versturen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: `Verwijderen ${org.members.expert.name}` })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: `Rol van ${org.members.expert.name}` })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Team toevoegen' })).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: 'Logboek' })).toHaveCount(0);
    await page.goto('/organisatie/logboek');
    await expect(page.getByText(/Je hebt geen toegang tot deze pagina/)).toBeVisible();
  });

  for (const role of ['team_manager', 'expert'] as const) {
    test(`a ${role} sees the teams but not who the members are`, async ({ page, server }) => {
      const org = await seedTestOrganisation(server);
      await signIn(page, org.members[role]);
      // Signing in lands on the start page; the organisation page is one link away.
      await expect(page).toHaveURL(/\/organisatie\/start$/);
      await mainNav(page).getByRole('link', { name: 'Organisatie', exact: true }).click();
      await expect(page).toHaveURL(/\/organisatie$/);
      await expect(page.getByRole('heading', { name: 'Teams' })).toBeVisible();
      await expect(page.getByRole('main').getByText('Team A', { exact: true })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Leden van je organisatie, met hun rol' })).toHaveCount(0);
      await expect(page.getByText(org.members.coordinator.email)).toHaveCount(0);
    });
  }

  test('a network admin signs in with a code and invites an organisation, without seeing inside one', async ({
    page,
    server,
  }) => {
    const admin = await seedNetworkAdmin(server);
    const other = await seedTestOrganisation(server);
    await signIn(page, admin);
    await expect(page).toHaveURL(/\/netwerk$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netwerk');
    await expect(
      page.getByRole('table', { name: 'Aangesloten organisaties met het aantal leden' }),
    ).toContainText(other.name);
    await expectNoSeriousA11yViolations(page);
    await expect(page.getByText(other.members.coordinator.email)).toHaveCount(0);
  });

  test('an invitation mailed over SMTP leads a new colleague to an account with the right role', async ({
    page,
    browser,
    server,
    smtp,
    baseURL,
  }) => {
    const org = await seedTestOrganisation(server);
    const email = `nieuwe.collega.${Date.now()}@test.example.org`;
    await signIn(page, org.members.org_admin);
    await mainNav(page).getByRole('link', { name: 'Organisatie', exact: true }).click();
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Coördinator' });
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect(
      page.getByText(`De uitnodiging voor ${email} staat klaar en wordt zo verstuurd.`, { exact: false }),
    ).toBeVisible();

    await expect.poll(() => linkTokenFromMail(smtp.messages(), email, 'uitnodiging')).not.toBeNull();
    const token = linkTokenFromMail(smtp.messages(), email, 'uitnodiging');
    const invitee = await browser.newContext({ baseURL });
    const newPage = await invitee.newPage();
    await newPage.goto(`/uitnodiging#${token}`);
    await expect(newPage.getByRole('heading', { level: 1 })).toHaveText('Uitnodiging');
    await expect(newPage.getByText(`${org.name} nodigt je uit voor Derde Bron.`)).toBeVisible();
    await expect(newPage).toHaveURL(/\/uitnodiging$/);
    await expectNoSeriousA11yViolations(newPage);
    await newPage.getByLabel('Je naam').fill('Nieuwe Collega');
    await newPage.getByLabel('Kies een wachtwoord').fill('een lange zin die alleen ik ken');
    await newPage.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    // Signing in lands on the start page; the organisation page is one link away.
    await expect(newPage).toHaveURL(/\/organisatie\/start$/);
    await mainNav(newPage).getByRole('link', { name: 'Organisatie', exact: true }).click();
    await expect(newPage).toHaveURL(/\/organisatie$/);
    await expect(newPage.getByText('Ingelogd als Nieuwe Collega')).toBeVisible();
    await expect(newPage.getByText(/Je rol: Coördinator/)).toBeVisible();

    await newPage.goto(`/uitnodiging#${token}`);
    await expect(newPage.getByRole('alert')).toContainText('werkt niet meer');
    await invitee.close();
  });

  test('signing out ends the session and shows no old data on the way back', async ({ page, server }) => {
    const org = await seedTestOrganisation(server);
    await signIn(page, org.members.coordinator);
    // Signing in lands on the start page; the organisation page is one link away.
    await expect(page).toHaveURL(/\/organisatie\/start$/);
    await mainNav(page).getByRole('link', { name: 'Organisatie', exact: true }).click();
    await expect(page).toHaveURL(/\/organisatie$/);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page.getByText('Je bent uitgelogd.')).toBeVisible();
    await page.goBack();
    await expect(page.getByText(org.members.expert.email)).toHaveCount(0);
    await expect(page.getByText('Je moet eerst inloggen om deze pagina te zien.')).toBeVisible();
  });

  test('the sign-in and password pages pass an accessibility scan and say the same for unknown addresses', async ({
    page,
  }) => {
    await page.goto('/inloggen');
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('E-mailadres').fill('niemand@test.example.org');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('een verkeerd wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByRole('alert')).toContainText('Het e-mailadres of het wachtwoord klopt niet.');
    await page.goto('/wachtwoord-vergeten');
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('E-mailadres').fill('niemand@test.example.org');
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await expect(page.getByText(/Als er een account is met dit e-mailadres/)).toBeVisible();
  });
});
