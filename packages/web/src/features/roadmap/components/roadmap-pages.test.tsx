import { bundledFrameworks, type OrgRole } from '@derde-bron/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { fakeServer, renderApp, sessionFor } from '../../../testing/app.tsx';
import type { PolicyTopic } from '../api/get-policy-topics.ts';
import type { RoadmapOverview } from '../api/get-roadmap.ts';
import { roadmapItem } from './test-fixtures.ts';

const framework = bundledFrameworks[0];
if (!framework) throw new Error('no bundled framework');
const { content } = framework;

const zero = {
  applicable: 0,
  done: 0,
  inProgress: 0,
  percent: 0,
  required: 0,
  requiredDone: 0,
  requiredInProgress: 0,
};

const overview: RoadmapOverview = {
  frameworkVersion: 1,
  stage: 'notStarted',
  overall: {
    applicable: 18,
    done: 2,
    inProgress: 1,
    percent: 11,
    required: 13,
    requiredDone: 2,
    requiredInProgress: 1,
  },
  steps: content.steps.map((step) => ({
    stepKey: step.key,
    progress:
      step.key === 'supportAndVision'
        ? {
            applicable: 2,
            done: 1,
            inProgress: 0,
            percent: 50,
            required: 1,
            requiredDone: 1,
            requiredInProgress: 0,
          }
        : { ...zero, applicable: step.items.length, required: step.items.filter((i) => !i.optional).length },
    stage: step.key === 'supportAndVision' ? 'developing' : 'notStarted',
    registryChecks: [],
    evidenceChecks:
      step.key === 'supportAndVision'
        ? [{ key: 'visionDocument', met: false }]
        : step.key === 'investment'
          ? [{ key: 'capacityAppointed', met: true }]
          : [],
    items: step.items.map((i) => roadmapItem(i.key, step.key, i.key === 'vision' ? 'done' : 'notStarted')),
  })),
  advice: {
    role: 'policyOfficer',
    facts: [
      { key: 'visionAdopted', met: true, source: { kind: 'item', itemKey: 'vision' } },
      {
        key: 'assignmentFormulated',
        met: false,
        source: { kind: 'steps', stepKeys: ['supportAndVision', 'investment'] },
      },
    ],
    toNextRole: ['assignmentFormulated'],
  },
  capacity: {
    role: 'projectLeader',
    hoursPerWeek: 16,
    startedOn: '2026-01-05',
    endsOn: null,
    version: 1,
    updatedAt: '2026-01-05T10:00:00.000Z',
  },
  baselineWaveId: null,
  overdueGoals: [
    {
      id: 'g1',
      stepKey: 'supportAndVision',
      title: 'Visie vaststellen',
      deadline: '2026-01-15',
      status: 'open',
    },
  ],
  recentChanges: [
    {
      id: 'h1',
      itemKey: 'vision',
      changedByName: 'Coördinator Noord',
      changedAt: '2026-03-01T10:00:00.000Z',
      changes: [{ field: 'status', from: 'inProgress', to: 'done' }],
    },
  ],
};

/** The roadmap API of organisation o1 for a role; every item answers with its own detail. */
function roadmapServer(role: OrgRole, answers: Parameters<typeof fakeServer>[0] = {}) {
  const items = Object.fromEntries(
    overview.steps
      .flatMap((s) => s.items)
      .map((found) => [
        `GET /api/organisations/o1/roadmap/items/${found.itemKey}`,
        { status: 200, body: { item: found, history: [], decisions: [], evidence: [] } },
      ]),
  );
  const calls = fakeServer({
    'GET /api/auth/session': { status: 200, body: sessionFor(role) },
    'GET /api/organisations/o1/roadmap': { status: 200, body: overview },
    'GET /api/framework/versions/1': {
      status: 200,
      body: { ...framework, publishedAt: '2025-01-03T00:00:00Z' },
    },
    'GET /api/organisations/o1/roadmap/goals': { status: 200, body: { goals: [] } },
    'GET /api/organisations/o1/members': { status: 200, body: { members: [] } },
    'GET /api/organisations/o1/roadmap/trend': {
      status: 200,
      body: {
        points: [
          { quarter: '2026-Q3', day: '2026-09-30', percent: 22, stage: 'exploring' },
          { quarter: '2026-Q4', day: '2026-12-06', percent: 39, stage: 'exploring' },
        ],
      },
    },
    ...items,
    ...answers,
  });
  return { keys: () => calls.map((call) => call.key) };
}

describe('roadmap pages', () => {
  beforeEach(() => initI18n('nl'));

  it('shows the overview with the same numbers in a table, the advice in words and late goals', async () => {
    roadmapServer('team_manager');
    await renderApp('/organisatie/afwegingskader');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Onze voortgang met het afwegingskader',
    );
    const table = await screen.findByRole('table', { name: 'Voortgang per stap in getallen' });
    const row = within(table).getByRole('row', { name: /Stap 2: Draagvlak/ });
    expect(within(row).getByText('1 van 2')).toBeTruthy();
    expect(within(row).getByText('50%')).toBeTruthy();
    expect(within(row).getByText('Halverwege')).toBeTruthy();
    expect(document.querySelectorAll('svg.progress-bar[aria-hidden="true"]').length).toBe(
      content.steps.length + 1,
    );
    expect(
      screen.getByText(
        'Het advies is nu: beleidsmedewerker. Dat is anders dan de aanstelling. Dit is de reden:',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/er is een visie op ervaringsdeskundigheid vastgesteld/)).toBeTruthy();
    expect(screen.getByText('Leg een besluit vast bij stap 2 of stap 3.')).toBeTruthy();
    expect(screen.getByText('Te laat')).toBeTruthy();
    expect(screen.getByText('Status: van Bezig naar Klaar')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download als CSV' }).getAttribute('href')).toBe(
      '/api/organisations/o1/roadmap/export.csv',
    );
    expect(
      screen.getByText(
        'Je organisatie staat op de hoogste stand die minstens 4 van de 6 stappen hebben bereikt.',
      ),
    ).toBeTruthy();
  });

  it('shows the roadmap over time as a table, with bars beside it for the eye only', async () => {
    roadmapServer('coordinator');
    await renderApp('/organisatie/afwegingskader');
    const table = await screen.findByRole('table', {
      name: 'Voortgang per kwartaal: het deel van de punten dat klaar is, en de stand',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('3e kwartaal 2026');
    expect(rows[2]?.textContent).toContain('39%');
    expect(rows[2]?.textContent).toContain('Begonnen');
    const section = screen.getByRole('region', { name: 'Voortgang door de tijd' });
    expect(within(section).getByTestId('chart').getAttribute('aria-hidden')).toBe('true');
  });

  it('shows a step without forms to a role that may only read', async () => {
    const calls = roadmapServer('expert');
    await renderApp('/organisatie/afwegingskader/stap/2');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Stap 2: Draagvlak en visievorming' }),
    ).toBeTruthy();
    const vision = await screen.findByRole('region', { name: /2\.1/ });
    expect(within(vision).getByText('Klaar')).toBeTruthy();
    // Opened, the item shows its decisions and history, and still no form.
    fireEvent.click(within(vision).getByText('Besluiten, bewijs en geschiedenis'));
    expect(await within(vision).findByText(/Geschiedenis van dit punt/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Opslaan/ })).toBeNull();
    expect(screen.queryByLabelText('Status')).toBeNull();
    // The member list is for editors only.
    expect(calls.keys()).not.toContain('GET /api/organisations/o1/members');
  });

  it('opens an item’s forms only when asked, so a long step stays short', async () => {
    roadmapServer('coordinator');
    await renderApp('/organisatie/afwegingskader/stap/2');
    const vision = await screen.findByRole('region', { name: /2\.1/ });
    expect(within(vision).queryByLabelText('Status')).toBeNull();
    fireEvent.click(within(vision).getByText('Bijwerken: status, besluiten en bewijs'));
    expect(await within(vision).findByLabelText('Status')).toBeTruthy();
  });

  it('shows the server’s reason when a topic cannot move on yet', async () => {
    const topic: PolicyTopic = {
      id: 't1',
      title: 'Huisregels',
      round: 1,
      phase: 'unlock',
      notes: {},
      closedAt: null,
      version: 1,
    };
    const message = 'Schrijf eerst op wat er in dit deel is gebeurd. Daarna kun je verder.';
    let sent: unknown = null;
    roadmapServer('coordinator', {
      'GET /api/organisations/o1/roadmap/policy-topics': { status: 200, body: { topics: [topic] } },
      'PATCH /api/organisations/o1/roadmap/policy-topics/t1': (body) => {
        sent = body;
        return { status: 400, body: { code: 'INVALID_INPUT', message } };
      },
    });
    await renderApp('/organisatie/afwegingskader/beleid');
    const card = await screen.findByRole('region', { name: 'Huisregels' });
    expect(within(card).getByText('Ronde 1 · Deel 1 van 4: Ontsluiten')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: /Onderwerp afsluiten/ })).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: /Volgende deel/ }));
    const alert = await within(card).findByRole('alert');
    expect(alert.textContent).toContain(message);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(sent).toEqual({ version: 1, notes: '', action: 'advance' });
  });
});

describe('the step-3 advice against the appointed capacity', () => {
  beforeEach(() => initI18n('nl'));

  it('names each reason’s source with a link, and sets the advice against the appointment', async () => {
    roadmapServer('team_manager');
    await renderApp('/organisatie/afwegingskader/stap/3');
    const advice = await screen.findByRole('region', { name: 'Advies bij stap 3: wie trekt het werk?' });
    expect(
      within(advice).getByText(/Aangesteld: projectleider, 16 uur per week sinds 5 januari 2026\./),
    ).toBeTruthy();
    expect(
      within(advice).getByText(
        'Het advies is nu: beleidsmedewerker. Dat is anders dan de aanstelling. Dit is de reden:',
      ),
    ).toBeTruthy();
    const vision = within(advice).getByRole('link', { name: 'punt 2.1 Visie' });
    expect(vision.getAttribute('href')).toBe('/organisatie/afwegingskader/stap/2#item-vision');
    // The step's evidence for "op orde", in words with a link.
    expect(screen.getByText(/een aanstelling bij punt 3\.1/)).toBeTruthy();
  });

  it('says the registry when the registry gave the fact, never step 4', async () => {
    roadmapServer('team_manager', {
      'GET /api/organisations/o1/roadmap': {
        status: 200,
        body: {
          ...overview,
          advice: {
            role: 'coordinator',
            facts: [
              { key: 'visionAdopted', met: true, source: { kind: 'item', itemKey: 'vision' } },
              {
                key: 'stepsDeveloped',
                met: true,
                source: { kind: 'steps', stepKeys: ['exploration', 'supportAndVision', 'investment'] },
              },
              { key: 'broadDeployment', met: true, source: { kind: 'registry', levelsCovered: 3 } },
            ],
            toNextRole: [],
          },
        },
      },
    });
    await renderApp('/organisatie/afwegingskader/stap/3');
    const advice = await screen.findByRole('region', { name: 'Advies bij stap 3: wie trekt het werk?' });
    const broad = within(advice)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('wordt breed ingezet'));
    expect(broad?.textContent).toContain('het register: ervaringsdeskundigheid op 3 niveaus');
    expect(broad?.textContent).not.toMatch(/stap 4/i);
    expect(
      within(advice)
        .getByRole('link', { name: /het register/ })
        .getAttribute('href'),
    ).toBe('/organisatie/register');
  });

  it('records the capacity with checks before sending, and sends the version it started from', async () => {
    const server = roadmapServer('coordinator', {
      'POST /api/organisations/o1/roadmap/capacity': {
        status: 200,
        body: { capacity: { ...overview.capacity, role: 'coordinator', hoursPerWeek: 24, version: 2 } },
      },
    });
    await renderApp('/organisatie/afwegingskader/stap/3');
    const hours = await screen.findByLabelText('Uren per week');
    fireEvent.change(hours, { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanstelling opslaan' }));
    expect(
      await screen.findByText('Vul een heel aantal uren in, van 1 tot en met 40.', {
        selector: 'a, p, span',
      }),
    ).toBeTruthy();
    expect(server.keys()).not.toContain('POST /api/organisations/o1/roadmap/capacity');
    fireEvent.change(hours, { target: { value: '24' } });
    fireEvent.change(screen.getByLabelText('Functie'), { target: { value: 'coordinator' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanstelling opslaan' }));
    expect(await screen.findByText('De aanstelling is opgeslagen.')).toBeTruthy();
    expect(server.keys()).toContain('POST /api/organisations/o1/roadmap/capacity');
  });
});
