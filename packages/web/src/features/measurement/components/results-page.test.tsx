import type { Cell } from '@derde-bron/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { fakeServer, instrument, renderApp, sessionFor, wave } from './test-fixtures.tsx';

const closed = wave({ status: 'closed', responseCount: 23 });
const base = `/api/organisations/o1/waves/${closed.id}`;
const teamA = '22222222-2222-4222-8222-222222222222';
const teamB = '33333333-3333-4333-8333-333333333333';

const summary = (n: number, mean: number) => ({
  n,
  mean,
  distribution: { 1: 0, 2: 1, 3: 2, 4: n - 3, 5: 0 },
  dontKnowShare: 0.12,
});

const total: Cell = {
  visible: true,
  n: 23,
  scales: { knowledge: summary(21, 3.4), climate: { hidden: 'tooFew' } },
};

const results = (breakdown: string, groups: Array<{ key: string; cell: Cell }>, extra = {}) => ({
  wave: closed,
  results: { breakdown, total, groups, sensitive: [], ...extra },
});

function server(role: 'coordinator' | 'team_manager' = 'coordinator', extra = {}) {
  return fakeServer({
    'GET /api/auth/session': { status: 200, body: sessionFor(role, role === 'team_manager' ? teamA : null) },
    'GET /api/organisations/o1': {
      status: 200,
      body: {
        id: 'o1',
        name: 'Noord',
        teams: [
          { id: teamA, name: 'Team Oost' },
          { id: teamB, name: 'Team West' },
        ],
      },
    },
    'GET /api/measurement/instruments/1': { status: 200, body: instrument },
    [`GET ${base}/results?breakdown=none`]: {
      status: 200,
      body: results('none', [], {
        sensitive: [
          { itemKey: 'ownExperience', visible: true, n: 12, counts: { yes: 4, no: 6, preferNotToSay: 2 } },
        ],
      }),
    },
    [`GET ${base}/results?breakdown=team`]: {
      status: 200,
      body: results('team', [
        {
          key: teamA,
          cell: { visible: true, n: 12, scales: { knowledge: summary(11, 3.1), climate: summary(10, 2.9) } },
        },
        { key: teamB, cell: { visible: false, reason: 'complement' } },
        { key: 'noTeam', cell: { visible: false, reason: 'tooFew' } },
      ]),
    },
    [`GET ${base}/results?breakdown=perspective`]: {
      status: 200,
      body: results('perspective', [
        {
          key: 'staff',
          cell: { visible: true, n: 15, scales: { knowledge: summary(14, 3.0), climate: summary(13, 3.5) } },
        },
        {
          key: 'expert',
          cell: {
            visible: true,
            n: 8,
            scales: { knowledge: summary(8, 4.2), climate: { hidden: 'complement' } },
          },
        },
      ]),
    },
    [`GET ${base}/comparison`]: {
      status: 404,
      body: { code: 'NOT_FOUND', message: 'Er is nog geen gesloten 0-meting om mee te vergelijken.' },
    },
    [`GET ${base}/open-answers`]: {
      status: 200,
      body: {
        visible: true,
        answers: [
          { itemKey: 'whatHelps', text: 'Samen koffie <b>drinken</b>' },
          { itemKey: 'whatHelps', text: 'Tijd voor intervisie' },
        ],
        removedOn: null,
      },
    },
    ...extra,
  });
}

const renderResults = async () => renderApp(`/organisatie/metingen/${closed.id}/uitslagen`);

const rowOf = (table: HTMLElement, name: string) => {
  const header = within(table).getByRole('rowheader', { name });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row ${name}`);
  return row;
};

describe('the results page', () => {
  beforeEach(() => initI18n('nl'));

  it('shows the whole organisation per scale in a table, and a hidden scale with its reason in words', async () => {
    server();
    await renderResults();
    expect(screen.getByRole('heading', { level: 1, name: 'Uitslagen' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Hele organisatie: score per schaal' });
    const knowledge = rowOf(table, 'Kennis');
    expect(
      within(knowledge)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['21', '3,4', '0', '1', '2', '18', '0', '12%']);
    expect(rowOf(table, 'Veilig klimaat').textContent).toContain('Te weinig antwoorden om te tonen.');
    // The bars are a picture only; the table holds the numbers.
    expect(document.querySelector('.bar-chart')?.getAttribute('aria-hidden')).toBe('true');
    // Sensitive item counts for the whole wave.
    const sensitive = screen.getByRole('table', { name: 'Antwoorden van 12 mensen' });
    expect(rowOf(sensitive, 'Zeg ik liever niet').textContent).toContain('2');
    expect(document.title).toBe('Uitslagen · Derde Bron');
  });

  it('shows one breakdown at a time, with team names and hidden groups explained', async () => {
    const calls = server();
    await renderResults();
    await screen.findByRole('table', { name: 'Hele organisatie: score per schaal' });
    fireEvent.click(screen.getByRole('radio', { name: 'Per team' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tonen' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Team Oost' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Team Oost: score per schaal' })).toBeTruthy();
    const west = screen.getByRole('region', { name: 'Team West' });
    expect(west.textContent).toContain('Verborgen, zodat een kleine groep niet terug te rekenen is');
    expect(within(west).queryByRole('table')).toBeNull();
    expect(screen.getByRole('region', { name: 'Zonder team' }).textContent).toContain(
      'Te weinig antwoorden om te tonen. Dit zie je pas vanaf 5 antwoorden.',
    );
    expect(calls.some((call) => call.url.search === '?breakdown=team')).toBe(true);
  });

  it('shows the gaps between perspectives against the staff', async () => {
    server();
    await renderResults();
    await screen.findByRole('table', { name: 'Hele organisatie: score per schaal' });
    fireEvent.click(screen.getByRole('radio', { name: 'Per groep (perspectief)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tonen' }));
    const gaps = await screen.findByRole('table', { name: 'Verschil met de medewerkers, per schaal' });
    expect(within(gaps).getByRole('columnheader', { name: 'Ervaringsdeskundigen: verschil' })).toBeTruthy();
    expect(
      within(rowOf(gaps, 'Kennis'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3,0', '+1,2']);
    expect(
      within(rowOf(gaps, 'Veilig klimaat'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3,5', '–']);
  });

  it('explains a missing 0-meting and shows open answers as plain text', async () => {
    server();
    await renderResults();
    expect(await screen.findByText(/Er is nog geen andere gesloten 0-meting/)).toBeTruthy();
    const openAnswers = await screen.findByRole('region', { name: 'Wat helpt in je team?' });
    const items = within(openAnswers).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Samen koffie <b>drinken</b>',
      'Tijd voor intervisie',
    ]);
    expect(openAnswers.querySelector('b')).toBeNull();
    expect(openAnswers.querySelector('ol')).toBeNull();
  });

  it('says when the open answers were erased after their retention period', async () => {
    server('coordinator', {
      [`GET ${base}/open-answers`]: {
        status: 200,
        body: { visible: false, answers: [], removedOn: '2027-03-01' },
      },
    });
    await renderResults();
    const section = await screen.findByRole('region', { name: 'Open antwoorden' });
    expect(
      await within(section).findByText(
        'De open antwoorden zijn op 1 maart 2027 gewist, omdat de bewaartermijn voorbij was. De cijfers hierboven blijven bewaard.',
      ),
    ).toBeTruthy();
    expect(within(section).queryByRole('listitem')).toBeNull();
  });

  it('shows the server’s message while the wave is still open', async () => {
    server('coordinator', {
      [`GET ${base}/results?breakdown=none`]: {
        status: 409,
        body: { code: 'CONFLICT', message: 'Uitslagen zie je pas als de meting is gesloten.' },
      },
    });
    await renderResults();
    expect(await screen.findByText('Uitslagen zie je pas als de meting is gesloten.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a team manager only their own team, without choices, comparison or open answers', async () => {
    const calls = server('team_manager', {
      [`GET ${base}/results?breakdown=team`]: {
        status: 200,
        body: {
          wave: closed,
          results: {
            breakdown: 'team',
            total: null,
            sensitive: [],
            groups: [{ key: teamA, cell: { visible: true, n: 12, scales: { knowledge: summary(11, 3.1) } } }],
          },
        },
      },
    });
    await renderResults();
    expect(await screen.findByRole('heading', { level: 2, name: 'Je eigen team' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Team Oost: score per schaal' })).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Hele organisatie' })).toBeNull();
    await waitFor(() =>
      expect(calls.some((call) => call.key === 'GET /api/measurement/instruments/1')).toBe(true),
    );
    expect(calls.some((call) => call.key.endsWith('/comparison') || call.key.endsWith('/open-answers'))).toBe(
      false,
    );
  });
});
