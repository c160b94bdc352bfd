import {
  measurementClient,
  perspectiveAnswers,
  respondent,
  seedTestOrganisation,
  sessionFor,
} from '@derde-bron/server/testing';
import { expect, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, mainNav, signIn } from './helpers.ts';

test.describe.configure({ timeout: 300_000 });
test.use({ locale: 'nl-NL' });

type Group = {
  team: 'a' | 'b' | null;
  perspective: 'staff' | 'expert' | 'management';
  n: number;
  value: 1 | 2 | 3 | 4 | 5;
};

/** The question the coordinator turns into a goal; it belongs to step 4 of the framework. */
const question = 'Ik weet welke rollen een ervaringsdeskundige kan hebben, zoals maatje of herstelcoach.';

test('a closed wave leads to a goal, the terugkoppeling staff read, and the goal beside the question next time', async ({
  page,
  browser,
  server,
  baseURL,
}) => {
  const org = await seedTestOrganisation(server);
  const session = await sessionFor(server.app, org.members.coordinator.id);
  const m = measurementClient(server.app, session, org.id);
  const r = respondent(server.app);
  /** A wave with realistic groups, each answering through its own shared link, then closed. */
  const closedWave = async (kind: 'baseline' | 'followUp', title: string, groups: Group[]) => {
    const waveId = await m.planWave({
      kind,
      title,
      perspectives: [...new Set(groups.map((g) => g.perspective))],
    });
    for (const group of groups) {
      const { token } = await m.groupWithLink(waveId, {
        perspective: group.perspective,
        teamId: group.team ? org.teams[group.team].id : null,
        headcount: group.n,
      });
      for (let i = 0; i < group.n; i++)
        await r.answer(token, perspectiveAnswers(group.perspective, group.value));
    }
    await m.close(waveId);
    return waveId;
  };
  // The 0-meting: 20 staff in two teams.
  const baseline = await closedWave('baseline', '0-meting 2026', [
    { team: 'a', perspective: 'staff', n: 12, value: 2 },
    { team: 'b', perspective: 'staff', n: 8, value: 3 },
  ]);

  // The coordinator reads the results per question and makes a goal of one, under its step.
  await signIn(page, org.members.coordinator);
  await page.goto(`/organisatie/metingen/${baseline}/uitslagen`);
  await page.getByRole('link', { name: /uitslagen per vraag/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uitslagen per vraag' })).toBeVisible();
  const step4 = page.getByRole('table', { name: /^Stap 4: .* – Hele organisatie$/ });
  const row = step4.getByRole('row', { name: new RegExp(question.slice(0, 30)) });
  await expect(row).toContainText('20');
  await expectNoSeriousA11yViolations(page);
  await row.getByRole('button', { name: /Maak hier een doel van/ }).click();
  const form = page.getByRole('form', { name: 'Nieuw doel bij deze vraag' });
  await expect(form.getByText(/Het doel komt bij Stap 4/)).toBeVisible();
  await expect(form.getByLabel('Doel of actie')).toHaveValue(`Beter maken: ${question}`);
  await expectNoSeriousA11yViolations(page);
  await form.getByLabel('Doel of actie').fill('Uitleg over de rollen in elk teamoverleg');
  await form.getByRole('button', { name: 'Doel maken' }).click();
  await expect(
    page.getByText(/Het doel ‘Uitleg over de rollen in elk teamoverleg’ is gemaakt/),
  ).toBeVisible();
  await expect(row).toContainText('Uitleg over de rollen in elk teamoverleg — Open');

  // Closing the cycle: the wave shows the terugkoppeling as a to-do until it is published.
  await page.goto(`/organisatie/metingen/${baseline}`);
  await expect(page.getByText(/Nog te doen: vertel de mensen/)).toBeVisible();
  await page.getByRole('link', { name: 'Terugkoppeling schrijven' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Terugkoppeling' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const text = page.getByLabel('Tekst voor medewerkers');
  await expect(text).toHaveValue(/Dank je wel dat je de vragenlijst hebt ingevuld!/);
  await text.fill('Dank je wel dat je meedeed! Hieronder lees je wat eruit kwam en wat we nu gaan doen.');
  await page.getByRole('button', { name: 'Terugkoppeling publiceren' }).click();
  await expect(page.getByText(/De terugkoppeling is gepubliceerd/)).toBeVisible();
  await expect(page.getByText(/^Terugkoppeling gegeven op/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/organisatie/metingen/${baseline}`);
  await expect(page.getByText(/^Terugkoppeling gegeven op/)).toBeVisible();

  // A staff member with an account reads it, from the menu.
  const staff = await browser.newContext({ baseURL: baseURL ?? '' });
  const staffPage = await staff.newPage();
  await signIn(staffPage, org.members.expert);
  await mainNav(staffPage).getByRole('link', { name: 'Terugkoppeling' }).click();
  await expect(
    staffPage.getByRole('heading', { level: 1, name: 'Terugkoppeling van metingen' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(staffPage);
  await staffPage.getByRole('link', { name: '0-meting 2026' }).click();
  await expect(staffPage.getByText('Dank je wel dat je meedeed!', { exact: false })).toBeVisible();
  await expect(staffPage.getByText(/20 mensen vulden de vragenlijst in/)).toBeVisible();
  await expect(staffPage.getByText(/Uitleg over de rollen in elk teamoverleg \(Stap 4/)).toBeVisible();
  await expect(staffPage.getByLabel('Tekst voor medewerkers')).toHaveCount(0);
  await expectNoSeriousA11yViolations(staffPage);
  await staff.close();

  // The goal is reviewed: partly achieved.
  const goals = (await m.as('GET', '/roadmap/goals')).json().goals;
  const goal = goals.find((g: { title: string }) => g.title === 'Uitleg over de rollen in elk teamoverleg');
  expect(
    (
      await m.as('PATCH', `/roadmap/goals/${goal.id}`, {
        version: goal.version,
        status: 'done',
        achieved: 'partly',
      })
    ).statusCode,
  ).toBe(200);

  // The next wave asks more perspectives; it shows the goal beside the same question.
  const later = await closedWave('followUp', 'Vervolgmeting 2027', [
    { team: 'a', perspective: 'staff', n: 12, value: 3 },
    { team: 'b', perspective: 'staff', n: 8, value: 4 },
    { team: 'a', perspective: 'expert', n: 3, value: 5 },
    { team: 'b', perspective: 'expert', n: 4, value: 5 },
    { team: null, perspective: 'management', n: 5, value: 4 },
  ]);
  await page.goto(`/organisatie/metingen/${later}/vragen`);
  const laterRow = page
    .getByRole('table', { name: /^Stap 4: .* – Hele organisatie$/ })
    .getByRole('row', { name: new RegExp(question.slice(0, 30)) });
  await expect(laterRow).toContainText(
    'Uitleg over de rollen in elk teamoverleg — Klaar, doel behaald? Deels (uit ‘0-meting 2026’)',
  );
  await expectNoSeriousA11yViolations(page);

  // The comparison is like for like: only the staff, whom both waves asked.
  await page.goto(`/organisatie/metingen/${later}/uitslagen`);
  const comparison = page.getByRole('region', { name: 'Vergelijking met de 0-meting' });
  await expect(comparison.getByRole('table', { name: /Gemiddelde per schaal, Medewerkers/ })).toBeVisible();
  await expect(comparison.getByRole('table')).toHaveCount(1);
  await expect(
    comparison.getByText('Ervaringsdeskundigen: deden maar aan één van de twee metingen mee.'),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
