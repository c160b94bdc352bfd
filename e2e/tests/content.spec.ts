import {
  injectAs,
  measurementClient,
  perspectiveAnswers,
  respondent,
  seedClosedWave,
  seedNetworkAdmin,
  seedTestOrganisation,
  sessionFor,
  startTestServer,
} from '@derde-bron/server/testing';
import { test as base, expect } from './fixtures.ts';
import { expectNoSeriousA11yViolations, openItem, signIn } from './helpers.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

/**
 * Publishing a framework version changes what every organisation on the server sees, so this file
 * has a server of its own: the other files' servers keep version 1.
 */
const test = base.extend<object, { ownServer: Server }>({
  ownServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature needs the first argument.
    async ({}, use) => {
      const server = await startTestServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ ownServer }, use) => {
    await use(ownServer.baseURL);
  },
});

test.describe.configure({ timeout: 300_000 });
test.use({ locale: 'nl-NL' });

type Draft = {
  steps: Array<{
    key: string;
    items: Array<{ key: string; number: number; title: { nl: string; en: string }; text: object }>;
  }>;
};

test('the network admin publishes framework version 2 and an organisation adopts it, keeping the renamed item’s records', async ({
  page,
  browser,
  ownServer: server,
  baseURL,
}) => {
  // An organisation with records under version 1: the vision (2.1) assessed and a decision on it.
  const org = await seedTestOrganisation(server);
  const coordinatorSession = await sessionFor(server.app, org.members.coordinator.id);
  const api = (method: 'GET' | 'PATCH' | 'POST', path: string, payload?: object) =>
    injectAs(server.app, coordinatorSession, {
      method,
      url: `/api/organisations/${org.id}/roadmap${path}`,
      ...(payload ? { payload } : {}),
    });
  await api('GET', '');
  expect(
    (await api('PATCH', '/items/vision', { version: 1, status: 'inProgress', notes: 'Visie in concept' }))
      .statusCode,
  ).toBe(200);
  expect(
    (
      await api('POST', '/items/vision/decisions', {
        decidedOn: '2026-01-05',
        decision: 'Visie samen schrijven',
        rationale: 'Het MT wil draagvlak',
        decidedBy: 'MT',
      })
    ).statusCode,
  ).toBe(201);

  // The network admin drafts version 2 from a copy of version 1.
  await signIn(page, await seedNetworkAdmin(server));
  await page.goto('/netwerk/inhoud');
  await expect(page.getByRole('heading', { level: 1, name: 'Inhoud publiceren' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Gepubliceerde versies van het afwegingskader' }),
  ).toContainText('Versie 1 als JSON');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Nieuw concept maken (kopie van de huidige versie)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Concept van een nieuwe versie' })).toBeVisible();
  const editor = page.getByLabel('De versie als JSON');
  const draft = JSON.parse(await editor.inputValue()) as Draft;
  await expectNoSeriousA11yViolations(page);

  // A bad draft first: a missing Dutch text and a repeated key are both named, nothing is saved.
  const bad = structuredClone(draft);
  const badStep = bad.steps.find((step) => step.key === 'supportAndVision');
  if (!badStep?.items[0] || !badStep.items[1]) throw new Error('step 2 has items');
  badStep.items[0].title.nl = '';
  badStep.items[1].key = badStep.items[0].key;
  await editor.fill(JSON.stringify(bad, null, 2));
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  const problems = page.getByRole('alert');
  await expect(problems).toContainText('Er zijn 2 problemen');
  await expect(problems).toContainText('stap 2, onderdeel 1, titel, Nederlands');
  await expect(problems).toContainText('stap 2, onderdeel 2, sleutel: Deze sleutel komt al eerder voor.');

  // Version 2: the vision renamed (same key), a client council added, the job structure removed.
  for (const step of draft.steps) {
    step.items = step.items.filter((item) => item.key !== 'jobStructure');
    for (const item of step.items)
      if (item.key === 'vision') item.title = { nl: 'Visie en missie', en: 'Vision and mission' };
  }
  const first = draft.steps[0];
  if (!first) throw new Error('step 1 exists');
  first.items.push({
    key: 'clientCouncil',
    number: first.items.length + 1,
    title: { nl: 'Cliëntenraad betrekken', en: 'Involve the client council' },
    text: { nl: 'Vraag de cliëntenraad om mee te denken.', en: 'Ask the client council to think along.' },
  });
  await editor.fill(JSON.stringify(draft, null, 2));
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByText('Het concept is opgeslagen.')).toBeVisible();

  // The diff against version 1, by key.
  const diff = page.getByRole('region', { name: 'Wat verandert er' });
  await expect(diff.getByRole('table', { name: 'Nieuwe onderdelen (1)' })).toContainText(
    'Cliëntenraad betrekken',
  );
  await expect(diff.getByRole('table', { name: 'Vervallen onderdelen (1)' })).toContainText('Functiehuis');
  const renamed = diff.getByRole('table', { name: 'Andere naam (1)' });
  await expect(renamed).toContainText('Visie');
  await expect(renamed).toContainText('Visie en missie');
  // The preview, as members will see it.
  const preview = page.getByRole('region', { name: 'Voorbeeld: zo zien de leden het' });
  await expect(preview).toContainText('2.1 Visie en missie');
  await expect(preview).toContainText('Cliëntenraad betrekken');
  await expect(preview).not.toContainText('Functiehuis');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Publiceren' }).click();
  await page.getByRole('button', { name: 'Ja, publiceren' }).click();
  await expect(page.getByText('Versie 2 is gepubliceerd.')).toBeVisible();

  // The coordinator sees that version 2 exists and what it changes for the roadmap.
  const context = await browser.newContext({ baseURL, locale: 'nl-NL' });
  const coordinator = await context.newPage();
  await signIn(coordinator, org.members.coordinator);
  await coordinator.goto('/organisatie/afwegingskader');
  await coordinator.getByRole('link', { name: 'Bekijk wat versie 2 verandert' }).click();
  await expect(
    coordinator.getByRole('heading', { level: 1, name: 'Nieuwe versie van het afwegingskader' }),
  ).toBeVisible();
  const renamedItems = coordinator.getByRole('region', { name: 'Onderdelen met een andere naam' });
  await expect(renamedItems).toContainText('Visie en missie');
  await expect(renamedItems).toContainText('beoordeeld, 1 besluit');
  await expect(coordinator.getByRole('region', { name: 'Nieuwe onderdelen' })).toContainText(
    'Cliëntenraad betrekken',
  );
  await expect(coordinator.getByRole('region', { name: 'Onderdelen die vervallen' })).toContainText(
    'Functiehuis',
  );
  await expectNoSeriousA11yViolations(coordinator);

  await coordinator.getByRole('button', { name: 'Overstappen naar versie 2' }).click();
  await expect(coordinator.getByText('Jullie werken nu met versie 2.')).toBeVisible();

  // The roadmap keeps the renamed item's records, under its new name.
  await coordinator.goto('/organisatie/afwegingskader/stap/2');
  const vision = await openItem(coordinator, '2.1');
  await expect(vision.getByRole('heading', { name: /Visie en missie/ })).toBeVisible();
  await expect(vision).toContainText('Visie samen schrijven');
  // The history keeps the version the decision was made under.
  await expect(vision).toContainText('Vastgelegd onder versie van het afwegingskader1');
  await expect(vision.getByLabel('Notities')).toHaveValue('Visie in concept');

  // A wave opened under instrument 1 against one under instrument 2: only the items both share.
  await seedClosedWave(server.database.db, server.secretBox, org.id, {
    title: '0-meting 2025',
    kind: 'baseline',
    opensOn: '2025-03-01',
    closesOn: '2025-03-15',
    count: 20,
    values: [2, 3],
  });
  const m = measurementClient(server.app, coordinatorSession, org.id);
  const r = respondent(server.app);
  const later = await m.planWave({ kind: 'followUp', title: 'Vervolgmeting 2026' });
  const { token } = await m.groupWithLink(later, { perspective: 'staff', headcount: 20 });
  for (let i = 0; i < 20; i++) await r.answer(token, perspectiveAnswers('staff', 4));
  await m.close(later);
  await coordinator.goto(`/organisatie/metingen/${later}/uitslagen`);
  const comparison = coordinator.getByRole('region', { name: 'Vergelijking met de 0-meting' });
  await expect(comparison).toContainText(
    'De metingen gebruikten een andere versie van de vragenlijst (1 en 2). We vergelijken alleen de schalen en vragen die in allebei zitten.',
  );
  await expect(comparison.getByRole('table', { name: /Gemiddelde per schaal, Medewerkers/ })).toBeVisible();
  await expectNoSeriousA11yViolations(coordinator);
  await context.close();
});
