import { injectAs, seedClosedWave, seedTestOrganisation, sessionFor } from '@derde-bron/server/testing';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { downloadText, expectNoSeriousA11yViolations, mainNav, signIn } from './helpers.ts';

test.describe.configure({ timeout: 150_000 });

/** The step's own score on a round page (the first score of the step's section), with its message. */
const stepScore = (page: Page, step: string) =>
  page.getByRole('region', { name: step }).locator('.monitor-score').first();

test('a coordinator names the team, scores the begin- and eind-meting, sees both per step and in the board report', async ({
  page,
  server,
}) => {
  const org = await seedTestOrganisation(server);
  // A shelter's 0-meting: twenty staff answered, so their figures are published beside the team's.
  await seedClosedWave(server.database.db, server.secretBox, org.id, {
    title: '0-meting voorjaar',
    kind: 'baseline',
    opensOn: '2026-02-01',
    closesOn: '2026-02-20',
    count: 20,
    values: [2, 3, 4],
  });
  // A goal of the roadmap, to answer "doel behaald?" for in the eind-meting.
  const session = await sessionFor(server.app, org.members.coordinator.id);
  const goal = await injectAs(server.app, session, {
    method: 'POST',
    url: `/api/organisations/${org.id}/roadmap/goals`,
    payload: { stepKey: 'exploration', title: 'Een 0-meting doen' },
  });
  expect(goal.statusCode).toBe(201);

  await signIn(page, org.members.coordinator);
  await mainNav(page).getByRole('link', { name: 'Implementatiemonitor' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Implementatiemonitor');
  await expect(page.getByText('Er is nog niemand gekozen voor het implementatieteam.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The implementation team: coordinator, an MT member, an expert delegate.
  const team = page.getByRole('region', { name: 'Implementatieteam' });
  for (const [member, role] of [
    [org.members.coordinator, 'Coördinator'],
    [org.members.org_admin, 'Lid van het MT'],
    [org.members.expert, 'Afgevaardigde van de ervaringsdeskundigen'],
  ] as const) {
    await team.getByLabel('Lid van de organisatie').selectOption({ label: member.name });
    await team.getByLabel('Rol in het team').selectOption({ label: role });
    await team.getByRole('button', { name: 'Toevoegen aan het team' }).click();
    await expect(team.getByRole('row', { name: new RegExp(`^${member.name} ${role}`) })).toBeVisible();
  }

  // The begin-meting of round 1.
  const rounds = page.getByRole('region', { name: 'Metingen van het team' });
  await expect(rounds.getByLabel('Soort meting')).toHaveValue('begin');
  await rounds.getByLabel('Datum').fill('2026-01-15');
  await rounds.getByRole('button', { name: 'Meting beginnen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Beginmeting ronde 1/ })).toBeVisible();
  const beginStep = stepScore(page, '1. Verkenning');
  await beginStep.getByRole('radio', { name: '1 – Nog niet' }).check();
  await beginStep.getByLabel('Waarom deze score?').fill('We weten nog niet wat teams nodig hebben.');
  await beginStep.getByRole('button', { name: /Score opslaan/ }).click();
  await expect(beginStep.getByText('De score is opgeslagen.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Later: the eind-meting, with "doelen behaald?".
  await page.getByRole('link', { name: 'Terug naar de implementatiemonitor' }).click();
  await expect(rounds.getByLabel('Soort meting')).toHaveValue('end');
  await rounds.getByLabel('Datum').fill('2026-12-10');
  await rounds.getByRole('button', { name: 'Meting beginnen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Eindmeting ronde 1/ })).toBeVisible();
  const endStep = stepScore(page, '1. Verkenning');
  // By keyboard: focus the first level, move to the third with the arrow keys.
  await endStep.getByRole('radio', { name: '1 – Nog niet' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(endStep.getByRole('radio', { name: '3 – Grotendeels' })).toBeChecked();
  await endStep.getByLabel('Waarom deze score?').fill('De 0-meting is gedaan en in de teams besproken.');
  await endStep.getByLabel('Bewijs toevoegen: naam van het stuk').fill('Verslag 0-meting');
  await endStep
    .getByLabel('Bewijs toevoegen: webadres (https://…)')
    .fill('https://intranet.example/0-meting');
  await endStep.getByRole('button', { name: /Score opslaan/ }).click();
  await expect(endStep.getByText('De score is opgeslagen.')).toBeVisible();
  await expect(endStep.getByRole('link', { name: 'Verslag 0-meting' })).toBeVisible();
  const goals = page.getByRole('region', { name: 'Doelen behaald?' });
  await goals.getByRole('radio', { name: 'Deels' }).check();
  await goals.getByLabel('Toelichting (mag leeg blijven)').fill('Alleen de enquête, nog geen gesprekken.');
  await goals.getByRole('button', { name: /Antwoord opslaan/ }).click();
  await expect(goals.getByText('Antwoord in deze meting: Deels.', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Begin against end per step, as a table (and bars beside it).
  await page.getByRole('link', { name: 'Terug naar de implementatiemonitor' }).click();
  const compare = page.getByRole('table', { name: 'Beginmeting en eindmeting per stap, ronde 1' });
  const exploration = compare.getByRole('row', { name: /^1\. Verkenning/ });
  await expect(exploration).toContainText('1 – Nog niet');
  await expect(exploration).toContainText('3 – Grotendeels');
  await expect(exploration).toContainText('+2');
  await expect(exploration).toContainText('De 0-meting is gedaan en in de teams besproken.');
  // Staff results and the team's judgement side by side: step 1 scored 3 of 4 is 67 of 100.
  const sideBySide = page.getByRole('region', { name: 'Team en medewerkers naast elkaar' });
  await expect(sideBySide).toContainText('0-meting voorjaar');
  const gapRow = sideBySide
    .getByRole('table', { name: 'Oordeel van het team en van medewerkers per stap (0 tot 100)' })
    .getByRole('row', { name: /^1\. Verkenning/ });
  await expect(gapRow.getByRole('cell').nth(0)).toHaveText('67');
  await expect(gapRow.getByRole('cell').nth(1)).toHaveText(/^\d+$/);
  await expectNoSeriousA11yViolations(page);

  // The goal keeps its history on the roadmap.
  await page.goto('/organisatie/afwegingskader/stap/1');
  const history = page.getByRole('table', { name: 'Eerdere antwoorden op ‘doel behaald?’' });
  await expect(history.getByRole('row', { name: /^Een 0-meting doen Eindmeting ronde 1/ })).toContainText(
    'Deels',
  );
  await expectNoSeriousA11yViolations(page);

  // The board report shows begin and end per step, with the team's reasons.
  await mainNav(page).getByRole('link', { name: 'Rapportages' }).click();
  await page.getByRole('radio', { name: /^Bestuur en MT/ }).check();
  await page.getByRole('button', { name: 'Rapportage maken' }).click();
  const made = page.getByRole('table', { name: 'Rapportages van de laatste dagen, de nieuwste eerst' });
  const text = await downloadText(page, made.getByRole('link', { name: 'Bestuur en MT downloaden (PDF)' }));
  expect(text).toContain('Implementatiemonitor: begin en eind per stap');
  expect(text).toMatch(/1\. Verkenning\s+1 Nog niet\s+3 Grotendeels\s+\+2/);
  // pdf.js breaks the rationale over lines as the table cell does.
  const flowing = text.replace(/\s+/g, ' ');
  expect(flowing).toContain('Begin: We weten nog niet wat teams nodig hebben.');
  expect(flowing).toContain('Eind: De 0-meting is gedaan en in de teams besproken.');
  expect(flowing).toContain(`${org.members.expert.name} (Afgevaardigde van de ervaringsdeskundigen)`);
});
