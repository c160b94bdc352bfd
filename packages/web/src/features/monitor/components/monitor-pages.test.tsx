import { bundledFrameworks, type OrgRole } from '@derde-bron/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { fakeServer, renderApp, sessionFor } from '../../../testing/app.tsx';
import type { MonitorGap } from '../api/get-gap.ts';
import type { MonitorOverview } from '../api/get-monitor.ts';
import type { RoundDetail } from '../api/get-round.ts';

const framework = bundledFrameworks[0];
if (!framework) throw new Error('no bundled framework');
const stepKeys = framework.content.steps.map((step) => step.key);
const judged = (stepScore: number | null) => ({ stepScore, itemMean: null, itemsScored: 0, itemCount: 3 });

/** The end-of-cycle round, still open. */
const openEndRound: RoundDetail['round'] = {
  id: 'r2',
  cycle: 1,
  kind: 'end',
  contentVersion: 1,
  heldOn: '2026-12-01',
  closedAt: null,
  version: 1,
};

const monitor: MonitorOverview = {
  contentVersion: 1,
  team: [
    { id: 't1', membershipId: 'm1', teamRole: 'coordinator', name: 'Coördinator Noord', role: 'coordinator' },
    { id: 't2', membershipId: 'm2', teamRole: 'expertDelegate', name: 'Eva Ervaring', role: 'expert' },
  ],
  rounds: [
    {
      id: 'r1',
      cycle: 1,
      kind: 'begin',
      contentVersion: 1,
      heldOn: '2026-01-15',
      closedAt: '2026-01-20T10:00:00.000Z',
      version: 2,
      scored: 6,
    },
    { ...openEndRound, scored: 1 },
  ],
  comparison: {
    cycle: 1,
    steps: stepKeys.map((stepKey, i) => ({
      stepKey,
      begin: judged(i === 0 ? 1 : null),
      end: judged(i === 0 ? 3 : null),
      change: i === 0 ? 2 : null,
      beginRationale: i === 0 ? 'Nog niets op een rij.' : null,
      endRationale: i === 0 ? 'De 0-meting is gedaan.' : null,
    })),
  },
};

const gap: MonitorGap = {
  wave: { id: 'w1', title: '0-meting 2026', closesOn: '2026-03-01' },
  round: { id: 'r2', cycle: 1, kind: 'end', heldOn: '2026-12-01' },
  steps: stepKeys.map((stepKey, i) => ({
    stepKey,
    team: i === 0 ? 67 : null,
    staff: i === 0 ? 50 : null,
    gap: i === 0 ? 17 : null,
    scaleKeys: stepKey === 'embedding' ? [] : ['knowledge'],
  })),
};

const endRound: RoundDetail = {
  round: openEndRound,
  scores: [
    {
      subjectKey: 'step:exploration',
      score: 3,
      rationale: 'De 0-meting is gedaan.',
      evidence: [{ title: 'Verslag', url: 'https://intranet.example/verslag' }],
      version: 4,
      updatedByName: 'Coördinator Noord',
      updatedAt: '2026-12-01T10:00:00.000Z',
    },
  ],
  goalReviews: [],
};

function monitorServer(role: OrgRole, answers: Parameters<typeof fakeServer>[0] = {}) {
  return fakeServer({
    'GET /api/auth/session': { status: 200, body: sessionFor(role) },
    'GET /api/organisations/o1/roadmap': {
      status: 200,
      body: { frameworkVersion: 1, steps: [], overdueGoals: [], recentChanges: [] },
    },
    'GET /api/framework/versions/1': {
      status: 200,
      body: { ...framework, publishedAt: '2025-01-03T00:00:00Z' },
    },
    'GET /api/organisations/o1/monitor': { status: 200, body: monitor },
    'GET /api/organisations/o1/monitor/gap': { status: 200, body: gap },
    'GET /api/organisations/o1/monitor/rounds/r2': { status: 200, body: endRound },
    'GET /api/organisations/o1/members': {
      status: 200,
      body: { members: [{ id: 'm3', name: 'Manon MT', role: 'org_admin' }] },
    },
    'GET /api/organisations/o1/roadmap/goals': {
      status: 200,
      body: {
        goals: [
          {
            id: '6f1c1a52-8a48-4a34-9d63-0c1d7d3c3a11',
            stepKey: 'exploration',
            title: 'Een 0-meting doen',
            ownerMembershipId: null,
            ownerName: null,
            deadline: null,
            status: 'open',
            achieved: null,
            cycle: 1,
            reviewedAt: null,
            version: 1,
          },
        ],
      },
    },
    ...answers,
  });
}

describe('implementatiemonitor pages', () => {
  beforeEach(() => initI18n('nl'));

  it('shows begin against end per step in a table with the team’s reasons, the chart for the eye only', async () => {
    monitorServer('coordinator');
    await renderApp('/organisatie/monitor');
    const table = await screen.findByRole('table', { name: 'Beginmeting en eindmeting per stap, ronde 1' });
    const row = within(table).getByRole('row', { name: /1\. Verkenning/ });
    expect(within(row).getByText('1 – Nog niet')).toBeTruthy();
    expect(within(row).getByText('3 – Grotendeels')).toBeTruthy();
    expect(within(row).getByText('+2')).toBeTruthy();
    expect(within(row).getByText(/De 0-meting is gedaan/)).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Begin en eind per stap' });
    expect(within(section).getByTestId('chart').getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('link', { name: 'Eindmeting ronde 1' }).getAttribute('href')).toBe(
      '/organisatie/monitor/r2',
    );
  });

  it('shows the gap with staff to the coordinator, saying when a step has no staff question', async () => {
    monitorServer('coordinator');
    await renderApp('/organisatie/monitor');
    const table = await screen.findByRole('table', { name: /Oordeel van het team en van medewerkers/ });
    expect(within(table).getByRole('row', { name: /1\. Verkenning/ }).textContent).toContain('+17');
    expect(within(table).getByRole('row', { name: /6\. Borging/ }).textContent).toContain('Geen vraag over');
  });

  it('lets an expert read the team and the comparison, without forms and without the gap', async () => {
    const calls = monitorServer('expert');
    await renderApp('/organisatie/monitor');
    expect(await screen.findByRole('table', { name: 'Leden van het implementatieteam' })).toBeTruthy();
    expect(screen.getByText('Afgevaardigde van de ervaringsdeskundigen')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Toevoegen aan het team/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Meting beginnen/ })).toBeNull();
    expect(calls.map((c) => c.key)).not.toContain('GET /api/organisations/o1/monitor/gap');
  });

  it('names a member in the implementation team', async () => {
    const calls = monitorServer('coordinator', {
      'POST /api/organisations/o1/monitor/team': { status: 201, body: monitor.team[0] },
    });
    await renderApp('/organisatie/monitor');
    await screen.findByRole('option', { name: 'Manon MT' });
    fireEvent.change(screen.getByLabelText('Lid van de organisatie'), { target: { value: 'm3' } });
    fireEvent.change(screen.getByLabelText('Rol in het team'), { target: { value: 'management' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen aan het team' }));
    await waitFor(() => expect(calls.map((c) => c.key)).toContain('POST /api/organisations/o1/monitor/team'));
    expect(calls.find((c) => c.key.startsWith('POST'))?.body).toEqual({
      membershipId: 'm3',
      teamRole: 'management',
    });
  });

  it('saves a step score with its version and a new evidence link beside the old one', async () => {
    const calls = monitorServer('coordinator', {
      'PUT /api/organisations/o1/monitor/rounds/r2/scores/step%3Aexploration': {
        status: 200,
        body: endRound.scores[0],
      },
    });
    await renderApp('/organisatie/monitor/r2');
    const step = await screen.findByRole('region', { name: '1. Verkenning' });
    fireEvent.click(within(step).getAllByLabelText('4 – Geregeld')[0] as HTMLElement);
    fireEvent.change(
      within(step).getAllByLabelText('Bewijs toevoegen: naam van het stuk')[0] as HTMLElement,
      {
        target: { value: 'Rapport' },
      },
    );
    fireEvent.change(
      within(step).getAllByLabelText('Bewijs toevoegen: webadres (https://…)')[0] as HTMLElement,
      {
        target: { value: 'https://intranet.example/rapport' },
      },
    );
    fireEvent.click(within(step).getAllByRole('button', { name: /Score opslaan/ })[0] as HTMLElement);
    await waitFor(() => expect(calls.some((c) => c.key.startsWith('PUT'))).toBe(true));
    expect(calls.find((c) => c.key.startsWith('PUT'))?.body).toEqual({
      version: 4,
      score: 4,
      rationale: 'De 0-meting is gedaan.',
      evidence: [
        { title: 'Verslag', url: 'https://intranet.example/verslag' },
        { title: 'Rapport', url: 'https://intranet.example/rapport' },
      ],
    });
  });

  it('refuses a rationale that is too long before sending anything', async () => {
    const calls = monitorServer('coordinator');
    await renderApp('/organisatie/monitor/r2');
    const step = await screen.findByRole('region', { name: '1. Verkenning' });
    fireEvent.change(within(step).getAllByLabelText('Waarom deze score?')[0] as HTMLElement, {
      target: { value: 'x'.repeat(1001) },
    });
    fireEvent.click(within(step).getAllByRole('button', { name: /Score opslaan/ })[0] as HTMLElement);
    expect((await screen.findAllByText(/Maak de uitleg korter/)).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.key.startsWith('PUT'))).toBe(false);
  });

  it('asks "doelen behaald?" per goal in the eind-meting', async () => {
    const calls = monitorServer('coordinator', {
      'POST /api/organisations/o1/monitor/rounds/r2/goal-reviews': { status: 201, body: {} },
    });
    await renderApp('/organisatie/monitor/r2');
    const goals = await screen.findByRole('region', { name: 'Doelen behaald?' });
    fireEvent.click(await within(goals).findByLabelText('Deels'));
    fireEvent.click(within(goals).getByRole('button', { name: /Antwoord opslaan/ }));
    await waitFor(() => expect(calls.some((c) => c.key.endsWith('/goal-reviews'))).toBe(true));
    expect(calls.find((c) => c.key.endsWith('/goal-reviews'))?.body).toEqual({
      goalId: '6f1c1a52-8a48-4a34-9d63-0c1d7d3c3a11',
      achieved: 'partly',
      note: '',
    });
  });
});
