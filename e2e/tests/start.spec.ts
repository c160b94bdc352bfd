import {
  daysFromToday,
  injectAs,
  measurementClient,
  seedClosedWave,
  seedTestOrganisation,
  sessionFor,
} from '@derde-bron/server/testing';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, signIn } from './helpers.ts';

type Server = Parameters<typeof seedTestOrganisation>[0] & { app: Parameters<typeof sessionFor>[0] };

/** An organisation with work waiting: an item late and owned by the expert, a goal, a wave, results, an invitation. */
async function organisationWithWork(server: Server) {
  const org = await seedTestOrganisation(server, 'Start');
  const coordinator = await sessionFor(server.app, org.members.coordinator.id);
  const as = (method: 'GET' | 'POST' | 'PATCH', path: string, payload?: object) =>
    injectAs(server.app, coordinator, {
      method,
      url: `/api/organisations/${org.id}${path}`,
      ...(payload ? { payload } : {}),
    });
  await as('GET', '/roadmap');
  const item = (await as('GET', '/roadmap/items/inventory')).json().item;
  await as('PATCH', '/roadmap/items/inventory', {
    version: item.version,
    status: 'inProgress',
    dueDate: '2020-01-31',
    ownerMembershipId: org.members.expert.membershipId,
  });
  await as('POST', '/roadmap/goals', {
    stepKey: 'investment',
    title: 'Budget aanvragen',
    deadline: '2030-06-01',
  });
  const m = measurementClient(server.app, coordinator, org.id);
  const waveId = await m.planWave({ title: 'Vervolgmeting nu', kind: 'followUp' });
  await m.groupWithLink(waveId, { teamId: org.teams.a.id, headcount: 8 });
  await seedClosedWave(server.database.db, server.secretBox, org.id, {
    title: '0-meting vorig jaar',
    kind: 'baseline',
    opensOn: daysFromToday(-400),
    closesOn: daysFromToday(-370),
    count: 8,
    values: [3],
  });
  await injectAs(server.app, await sessionFor(server.app, org.members.org_admin.id), {
    method: 'POST',
    url: `/api/organisations/${org.id}/invitations`,
    payload: { email: `nieuw.${Date.now()}@test.example.org`, role: 'expert' },
  });
  return org;
}

const startHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Wat moet ik doen?' });
const section = (page: Page, name: string) => page.getByRole('region', { name });

/** Follows a link on the start page, checks where it leads, and comes back. */
async function follow(page: Page, link: string | RegExp, heading: string | RegExp) {
  await page.getByRole('main').getByRole('link', { name: link }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await page.goBack();
  await expect(startHeading(page)).toBeVisible();
}

test.describe('start page ("Wat moet ik doen?")', () => {
  test('a coordinator lands on their work after signing in, and each link leads to it', async ({
    page,
    server,
  }) => {
    const org = await organisationWithWork(server);
    await signIn(page, org.members.coordinator);
    await expect(page).toHaveURL(/\/organisatie\/start$/);
    await expect(startHeading(page)).toBeVisible();
    const roadmap = section(page, 'Afwegingskader: punten en doelen');
    await expect(roadmap.getByRole('listitem').first()).toContainText(
      'Te laat: de deadline was 31 januari 2020.',
    );
    await expect(roadmap.getByRole('link', { name: 'Doel: Budget aanvragen' })).toBeVisible();
    await expect(section(page, 'Metingen die lopen')).toContainText('0 van 1 groep heeft genoeg antwoorden.');
    await expect(section(page, 'Uitnodigingen')).toContainText('1 uitnodiging is nog niet geaccepteerd.');
    await expect(section(page, 'Aandachtspunten in het register')).toBeVisible();
    await expect(section(page, 'Rapportages')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await follow(page, /^1\.1 /, /^Stap 1: /);
    await follow(page, 'Doel: Budget aanvragen', /^Stap 3: /);
    await follow(page, 'Vervolgmeting nu', 'Vervolgmeting nu');
    await follow(page, 'Uitslagen van 0-meting vorig jaar', 'Uitslagen');
    await follow(page, 'Naar de aandachtspunten', 'Aandachtspunten in het register');
    await follow(page, 'Naar de rapportages', /[Rr]apportage/);
    await follow(page, 'Naar de leden en uitnodigingen', 'Organisatie');
  });

  test('an org admin, a team manager and an expert each see their own work, never a dead end', async ({
    page,
    server,
  }) => {
    const org = await organisationWithWork(server);

    await signIn(page, org.members.org_admin);
    await expect(startHeading(page)).toBeVisible();
    await expect(section(page, 'Uitnodigingen')).toBeVisible();
    await expect(section(page, 'Metingen die lopen')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/inloggen$/);

    await signIn(page, org.members.team_manager);
    await expect(startHeading(page)).toBeVisible();
    await expect(section(page, 'Uitslagen')).toBeVisible();
    await expect(section(page, 'Metingen die lopen')).toHaveCount(0);
    await expect(section(page, 'Uitnodigingen')).toHaveCount(0);
    await expect(section(page, 'Aandachtspunten in het register')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await follow(page, 'Uitslagen van 0-meting vorig jaar', 'Uitslagen');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/inloggen$/);

    await signIn(page, org.members.expert);
    await expect(startHeading(page)).toBeVisible();
    const roadmap = section(page, 'Afwegingskader: punten en doelen');
    await expect(roadmap.getByRole('listitem').first()).toContainText('Jij bent de eigenaar.');
    await expect(section(page, 'Mijn registratie')).toContainText('Er is nog geen registratie van jou.');
    await expect(section(page, 'Uitslagen')).toHaveCount(0);
    await expect(section(page, 'Metingen die lopen')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await follow(page, /^1\.1 /, /^Stap 1: /);
    await follow(page, 'Naar mijn registratie', /registratie/i);
    await follow(page, 'Bekijk de dekking van ervaringsdeskundigheid', /[Dd]ekking/);
    await follow(page, 'Bekijk de activiteiten', /[Aa]ctiviteiten/);
  });
});
